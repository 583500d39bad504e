package io.github.fbhooks.maven;

import io.github.fbhooks.text.Suggestions;
import java.util.Optional;
import java.util.Set;

/**
 * Every {@code featurebase.*} property name the plugin reads or sets, in one place, so that a
 * mistyped {@code -Dfeaturebase.*} property can be refused before anything is sent.
 */
public final class FeaturebaseProperties {

  /** Prefix of every property of this plugin. */
  public static final String PREFIX = "featurebase.";

  /** Skip the goal. */
  public static final String SKIP = "featurebase.skip";

  /** Featurebase API base URL. */
  public static final String BASE_URL = "featurebase.baseUrl";

  /** Value of the {@code Featurebase-Version} header. */
  public static final String API_VERSION = "featurebase.apiVersion";

  /** Further base URLs a webhooks configuration may name (comma-separated). */
  public static final String ALLOWED_BASE_URLS = "featurebase.allowedBaseUrls";

  /** Further settings.xml server ids a webhooks configuration may name (comma-separated). */
  public static final String ALLOWED_SERVER_IDS = "featurebase.allowedServerIds";

  /** settings.xml server id holding the API key. */
  public static final String SERVER_ID = "featurebase.serverId";

  /** TCP connect timeout. */
  public static final String CONNECT_TIMEOUT = "featurebase.connectTimeout";

  /** Timeout waiting for an answer. */
  public static final String READ_TIMEOUT = "featurebase.readTimeout";

  /** Webhook selected by id. */
  public static final String WEBHOOK_ID = "featurebase.webhookId";

  /** Webhook selected by name. */
  public static final String WEBHOOK_NAME = "featurebase.webhookName";

  /** Name of the project property that receives the secret. */
  public static final String SECRET_PROPERTY = "featurebase.secretProperty";

  /** File that receives the secret. */
  public static final String SECRET_FILE = "featurebase.secretFile";

  /** Format of the secret file. */
  public static final String SECRET_FORMAT = "featurebase.secretFormat";

  /** Whether to write GitHub Actions step outputs when GITHUB_OUTPUT is set. */
  public static final String GITHUB_OUTPUT = "featurebase.githubOutput";

  /** Rotate even after an interrupted rotation took effect. */
  public static final String ROTATE_ANEW = "featurebase.rotateAnew";

  /** Check everything, change nothing. */
  public static final String DRY_RUN = "featurebase.dryRun";

  /** Configuration file or directory. */
  public static final String CONFIG = "featurebase.config";

  /** Name globs limiting plan and apply. */
  public static final String INCLUDE = "featurebase.include";

  /** Name globs excluded from plan and apply. */
  public static final String EXCLUDE = "featurebase.exclude";

  /** Saved plan file. */
  public static final String PLAN_FILE = "featurebase.planFile";

  /** Fail plan when changes are pending. */
  public static final String FAIL_ON_CHANGES = "featurebase.failOnChanges";

  /** Requests apply may run at once per workspace. */
  public static final String PARALLELISM = "featurebase.parallelism";

  /** Workspaces plan and apply handle at once. */
  public static final String WORKSPACE_PARALLELISM = "featurebase.workspaceParallelism";

  /** Directory that receives the secrets of created webhooks. */
  public static final String SECRET_DIRECTORY = "featurebase.secretDirectory";

  /** File import writes. */
  public static final String IMPORT_FILE = "featurebase.importFile";

  /** Project property set by plan: whether changes are pending. */
  public static final String PLAN_HAS_CHANGES = "featurebase.plan.hasChanges";

  /** Project property set by plan: creates. */
  public static final String PLAN_CREATES = "featurebase.plan.creates";

  /** Project property set by plan: updates. */
  public static final String PLAN_UPDATES = "featurebase.plan.updates";

  /** Project property set by plan: deletes. */
  public static final String PLAN_DELETES = "featurebase.plan.deletes";

  /** The project property that receives the secret unless told otherwise. */
  public static final String DEFAULT_SECRET_PROPERTY = "featurebase.webhook.secret";

  /** Project property with the id of the webhook whose secret was handed over. */
  public static final String WEBHOOK_ID_OUTPUT = "featurebase.webhook.id";

  /** Where validate writes its findings as JSON. */
  public static final String VALIDATE_JSON_REPORT = "featurebase.validate.jsonReport";

  /** Where validate writes its findings as SARIF. */
  public static final String VALIDATE_SARIF_REPORT = "featurebase.validate.sarifReport";

  /** How rotate-secret rotates: immediate or overlap. */
  public static final String ROTATION_STRATEGY = "featurebase.rotationStrategy";

  /** How many webhooks the workspace's plan allows, for the overlap rotation's twin. */
  public static final String WEBHOOK_LIMIT = "featurebase.webhookLimit";

  /** fmt only checks, failing on files not in canonical form. */
  public static final String FMT_CHECK = "featurebase.fmt.check";

  /** Emulator port. */
  public static final String EMULATOR_PORT = "featurebase.emulator.port";

  /** Emulator seed file. */
  public static final String EMULATOR_SEED = "featurebase.emulator.seed";

  /** Emulator faults file. */
  public static final String EMULATOR_FAULTS = "featurebase.emulator.faults";

  /** File the emulator's request log is written to when it stops. */
  public static final String EMULATOR_REQUEST_LOG = "featurebase.emulator.requestLog";

  /** Emulator per-key rate limit. */
  public static final String EMULATOR_RATE_LIMIT = "featurebase.emulator.rateLimit";

  /** Emulator delivery retry time scale. */
  public static final String EMULATOR_RETRY_SCALE = "featurebase.emulator.retryScale";

  /** Emulator consecutive delivery failures before suspension. */
  public static final String EMULATOR_SUSPEND_AFTER = "featurebase.emulator.suspendAfter";

  /** Webhooks an emulator workspace may hold. */
  public static final String EMULATOR_MAX_WEBHOOKS = "featurebase.emulator.maxWebhooks";

  /** Whether the emulator delivers events to hosts other than loopback. */
  public static final String EMULATOR_ALLOW_EXTERNAL_DELIVERIES =
      "featurebase.emulator.allowExternalDeliveries";

  /** Topic of the event emulator-event sends. */
  public static final String EVENT_TOPIC = "featurebase.event.topic";

  /** JSON file with the resource of the event emulator-event sends. */
  public static final String EVENT_ITEM = "featurebase.event.item";

  /** Skip the emulator goals. */
  public static final String EMULATOR_SKIP = "featurebase.emulator.skip";

  /** Every property name a user may set, plus the ones the plugin sets itself. */
  public static final Set<String> KNOWN =
      Set.of(
          SKIP,
          BASE_URL,
          ALLOWED_BASE_URLS,
          ALLOWED_SERVER_IDS,
          API_VERSION,
          SERVER_ID,
          CONNECT_TIMEOUT,
          READ_TIMEOUT,
          WEBHOOK_ID,
          WEBHOOK_NAME,
          SECRET_PROPERTY,
          SECRET_FILE,
          SECRET_FORMAT,
          GITHUB_OUTPUT,
          DRY_RUN,
          ROTATE_ANEW,
          ROTATION_STRATEGY,
          WEBHOOK_LIMIT,
          CONFIG,
          VALIDATE_JSON_REPORT,
          VALIDATE_SARIF_REPORT,
          FMT_CHECK,
          DEFAULT_SECRET_PROPERTY,
          WEBHOOK_ID_OUTPUT,
          EMULATOR_PORT,
          EMULATOR_SEED,
          EMULATOR_FAULTS,
          EMULATOR_REQUEST_LOG,
          EMULATOR_RATE_LIMIT,
          EMULATOR_SKIP,
          EMULATOR_RETRY_SCALE,
          EMULATOR_SUSPEND_AFTER,
          EMULATOR_MAX_WEBHOOKS,
          EMULATOR_ALLOW_EXTERNAL_DELIVERIES,
          EVENT_TOPIC,
          EVENT_ITEM,
          INCLUDE,
          EXCLUDE,
          PLAN_FILE,
          FAIL_ON_CHANGES,
          PARALLELISM,
          WORKSPACE_PARALLELISM,
          SECRET_DIRECTORY,
          IMPORT_FILE,
          PLAN_HAS_CHANGES,
          PLAN_CREATES,
          PLAN_UPDATES,
          PLAN_DELETES);

  private FeaturebaseProperties() {}

  /**
   * Whether a user property looks meant for this plugin but is not one of its properties: an
   * unknown {@code featurebase.*} name, or a name whose prefix is a near miss of {@code
   * featurebase} ({@code featurbase.dryRun}, {@code Featurebase.dryRun}, {@code
   * featurebase_dryRun}). Such a property would otherwise be ignored, and {@code
   * -Dfeaturbase.dryRun=true} would rotate for real.
   *
   * @param name a user property name
   * @return empty when the name is fine (known, or clearly not meant for this plugin); else the
   *     known property it was probably meant to be, if one is close
   */
  public static Optional<Optional<String>> mistyped(String name) {
    if (KNOWN.contains(name)) {
      return Optional.empty();
    }
    if (name.startsWith(PREFIX)) {
      return Optional.of(closest(name));
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    int end = 0;
    while (end < lower.length() && lower.charAt(end) >= 'a' && lower.charAt(end) <= 'z') {
      end++;
    }
    String prefix = lower.substring(0, end);
    String stem = PREFIX.substring(0, PREFIX.length() - 1);
    boolean nearMiss =
        prefix.equals(stem)
            || (prefix.length() >= stem.length() - 3 && Suggestions.distance(prefix, stem) <= 2);
    if (!nearMiss) {
      return Optional.empty();
    }
    String rest = name.substring(end).replaceFirst("^[._\\-:]+", "");
    String meant = PREFIX + rest;
    return Optional.of(KNOWN.contains(meant) ? Optional.of(meant) : closest(meant));
  }

  /**
   * The known property closest to a mistyped one.
   *
   * @param unknown e.g. {@code featurebase.dryrun}
   * @return e.g. {@code featurebase.dryRun}, or empty when nothing is close
   */
  public static Optional<String> closest(String unknown) {
    return Suggestions.closest(unknown, KNOWN);
  }
}
