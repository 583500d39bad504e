package io.github.fbhooks.rotate;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.NotFoundException;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.RotationTwins;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Finds the webhook a {@link WebhookSelector} names, with its current secret. */
final class WebhookResolver {

  private static final int MAX_LISTED = 10;

  private final FeaturebaseClient client;

  WebhookResolver(FeaturebaseClient client) {
    this.client = client;
  }

  /**
   * Resolves the selector against the live workspace.
   *
   * @throws WebhookSelectionException when no webhook or more than one matches
   */
  Webhook resolve(WebhookSelector selector) {
    if (selector.id().isPresent()) {
      return byId(selector.id().get());
    }
    return byName(selector.name().orElseThrow());
  }

  private Webhook byId(String id) {
    try {
      return client.get(id);
    } catch (NotFoundException e) {
      if (!e.isWebhookNotFound()) {
        throw e;
      }
      throw new WebhookSelectionException(
          "No webhook with id "
              + id
              + " exists in the workspace of this API key. "
              + existing(client.listAll())
              + " Check "
              + Words.setting(Setting.WEBHOOK_ID)
              + ", or select by name with "
              + Words.setting(Setting.WEBHOOK_NAME)
              + ".");
    }
  }

  private Webhook byName(String name) {
    List<Webhook> all = client.listAll();
    // the twin of an overlap rotation in progress has the same name; the name means the original
    List<Webhook> matches =
        all.stream().filter(w -> name.equals(w.name()) && !RotationTwins.isTwin(w)).toList();
    if (matches.size() > 1) {
      throw new WebhookSelectionException(
          "Several webhooks are named "
              + SafeText.quote(name)
              + ": "
              + matches.stream().map(Webhook::id).collect(Collectors.joining(", "))
              + ". Select one by id with "
              + Words.setting(Setting.WEBHOOK_ID, "<id>")
              + ".");
    }
    if (matches.isEmpty()) {
      String hint =
          all.stream()
              .filter(w -> w.name() != null && w.name().equalsIgnoreCase(name.trim()))
              .findFirst()
              .map(
                  w -> " Did you mean " + SafeText.quote(w.name()) + "? Names are matched exactly.")
              .orElse("");
      throw new WebhookSelectionException(
          "No webhook named "
              + SafeText.quote(name)
              + " exists in the workspace of this API key."
              + hint
              + " "
              + existing(all)
              + " Check "
              + Words.setting(Setting.WEBHOOK_NAME)
              + ".");
    }
    Webhook match = matches.get(0);
    // list answers carry the secret too; read it where a server left it out
    return match.secret() != null ? match : client.get(match.id());
  }

  private static String existing(List<Webhook> all) {
    if (all.isEmpty()) {
      return "The workspace has no webhooks.";
    }
    String names =
        all.stream()
            .sorted(Comparator.comparing(w -> w.name().toLowerCase(Locale.ROOT)))
            .limit(MAX_LISTED)
            .map(Webhook::label)
            .collect(Collectors.joining(", "));
    return "Webhooks that exist: " + names + (all.size() > MAX_LISTED ? ", ..." : "") + ".";
  }
}
