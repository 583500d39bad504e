package io.github.fbhooks.config;

import io.github.fbhooks.text.SafeText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * How the outputs of a created webhook's secret are named: apply writes the secret of each webhook
 * it creates to a file and a build property named after the webhook, since creation is the only
 * moment Featurebase hands it out. The name is the webhook name's slug ({@code Production Webhook}
 * gives {@code production-webhook}); with several workspaces, the workspace's server id comes first
 * ({@code featurebase-prod.production-webhook}).
 *
 * <p>Names that give the same key ({@code Prod Hook}, {@code prod-hook}, {@code PROD_HOOK}) would
 * write one secret over another, so a configuration with such names is refused when it is read.
 */
public final class SecretOutputNames {

  private SecretOutputNames() {}

  /**
   * The build property (and secret-file key) that receives a created webhook's secret.
   *
   * @param key the webhook's output key ({@link #keyOf})
   * @return {@code featurebase.webhook.<key>.secret}
   */
  public static String secretProperty(String key) {
    return "featurebase.webhook." + key + ".secret";
  }

  /**
   * The build property that receives a created webhook's id.
   *
   * @param key the webhook's output key ({@link #keyOf})
   * @return {@code featurebase.webhook.<key>.id}
   */
  public static String idProperty(String key) {
    return "featurebase.webhook." + key + ".id";
  }

  /**
   * The output key of a declared webhook.
   *
   * @param config the whole configuration (how many workspaces it has decides the form)
   * @param workspace the webhook's workspace
   * @param webhook the webhook
   * @return e.g. {@code production-webhook}, or {@code featurebase-prod.production-webhook}
   */
  public static String keyOf(
      WebhooksConfig config, WorkspaceConfig workspace, DesiredWebhook webhook) {
    return keyOf(config.workspaces().size() > 1, workspace, webhook);
  }

  /**
   * A name as lower-case letters, digits and single dashes: the part of a file or property name
   * that names one webhook. A name with none of those (only emoji, say) gets {@code webhook-} and a
   * short hash of the name, so two such names still differ.
   *
   * @param name a webhook name
   * @return its slug, e.g. {@code production-webhook}
   */
  public static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "webhook-" + sha256(name).substring(0, 8) : slug;
  }

  /** Reports declared webhooks whose outputs would have the same name. */
  static void check(WebhooksConfig config, Problems problems) {
    boolean several = config.workspaces().size() > 1;
    Map<String, DesiredWebhook> seen = new HashMap<>();
    Map<String, WorkspaceConfig> workspaceOf = new HashMap<>();
    for (WorkspaceConfig workspace : config.workspaces()) {
      for (DesiredWebhook webhook : workspace.webhooks()) {
        String key = keyOf(several, workspace, webhook);
        DesiredWebhook earlier = seen.putIfAbsent(key, webhook);
        workspaceOf.putIfAbsent(key, workspace);
        boolean duplicateName =
            earlier != null
                && workspaceOf.get(key) == workspace
                && earlier.name().equals(webhook.name());
        if (earlier != null && !duplicateName) { // a duplicate name is reported as such
          problems.add(
              new ConfigProblem(
                  webhook.location(),
                  "name",
                  "webhook "
                      + SafeText.quote(webhook.name())
                      + " would get the same secret file and property name ("
                      + key
                      + ") as "
                      + SafeText.quote(earlier.name())
                      + " at "
                      + Where.earlier(earlier.location(), webhook.location())
                      + ", so apply would write one's secret over the other's; rename one of them"));
        }
      }
    }
  }

  private static String keyOf(boolean several, WorkspaceConfig workspace, DesiredWebhook webhook) {
    return several ? slug(workspace.serverId()) + "." + slug(webhook.name()) : slug(webhook.name());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
