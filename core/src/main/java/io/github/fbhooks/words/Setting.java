package io.github.fbhooks.words;

/**
 * A setting a user can change to fix a failure. Core messages name settings by these values, never
 * by one front end's syntax; each front end renders them (the Maven plugin as its user properties,
 * a command line as options such as {@code --base-url}). The {@link #key()} is the name every front
 * end derives its own from.
 */
public enum Setting {
  /** The API base URL. */
  BASE_URL("baseUrl"),
  /** Further base URLs a webhooks configuration may name. */
  ALLOWED_BASE_URLS("allowedBaseUrls"),
  /** Which stored credential is the API key. */
  SERVER_ID("serverId"),
  /** Further credential ids a webhooks configuration may name. */
  ALLOWED_SERVER_IDS("allowedServerIds"),
  /** The {@code Featurebase-Version} header. */
  API_VERSION("apiVersion"),
  /** The TCP connect timeout, seconds. */
  CONNECT_TIMEOUT("connectTimeout"),
  /** How long to wait for an answer, seconds. */
  READ_TIMEOUT("readTimeout"),
  /** The webhook, by id. */
  WEBHOOK_ID("webhookId"),
  /** The webhook, by name. */
  WEBHOOK_NAME("webhookName"),
  /** The file that receives a secret. */
  SECRET_FILE("secretFile"),
  /** The build property that receives a secret. */
  SECRET_PROPERTY("secretProperty"),
  /** The webhooks configuration file or directory. */
  CONFIG("config"),
  /** A saved plan. */
  PLAN_FILE("planFile"),
  /** Name globs of the webhooks plan and apply handle. */
  INCLUDE("include"),
  /** Name globs of the webhooks plan and apply leave out. */
  EXCLUDE("exclude"),
  /** Fail when the plan has changes: a drift check. */
  FAIL_ON_CHANGES("failOnChanges"),
  /** Where import writes the configuration. */
  IMPORT_FILE("importFile"),
  /** The layout of a secret file. */
  SECRET_FORMAT("secretFormat"),
  /** How many requests run at once per workspace. */
  PARALLELISM("parallelism"),
  /** How many workspaces are read and applied at once. */
  WORKSPACE_PARALLELISM("workspaceParallelism"),
  /** Rotate even after an interrupted rotation took effect. */
  ROTATE_ANEW("rotateAnew"),
  /** How a secret is rotated: {@code immediate} or {@code overlap}. */
  ROTATION_STRATEGY("rotationStrategy"),
  /** How many webhooks the workspace's plan allows. */
  WEBHOOK_LIMIT("webhookLimit"),
  /** The HTTP proxy, with its credentials and non-proxy hosts. */
  PROXY("proxy"),
  /**
   * The JVM system property {@code jdk.http.auth.tunneling.disabledSchemes}, which the JDK sets to
   * disable Basic proxy authentication for HTTPS tunnels.
   */
  TUNNELING_SCHEMES("jdk.http.auth.tunneling.disabledSchemes");

  private final String key;

  Setting(String key) {
    this.key = key;
  }

  /** {@return the name front ends derive theirs from, e.g. {@code baseUrl}} */
  public String key() {
    return key;
  }
}
