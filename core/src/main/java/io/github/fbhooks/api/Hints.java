package io.github.fbhooks.api;

/**
 * The user-facing names that client messages point to. The Maven plugin defines the same property
 * names; they are repeated here as text because core knows nothing about Maven.
 */
final class Hints {

  static final String BASE_URL_PROPERTY = "featurebase.baseUrl";
  static final String API_VERSION_PROPERTY = "featurebase.apiVersion";
  static final String CONNECT_TIMEOUT_PROPERTY = "featurebase.connectTimeout";
  static final String READ_TIMEOUT_PROPERTY = "featurebase.readTimeout";
  static final String TUNNELING_PROPERTY = "jdk.http.auth.tunneling.disabledSchemes";

  private Hints() {}

  /**
   * The API key as messages name it: with its source where the settings know it, so that the user
   * checks the server id or variable that was really used.
   *
   * @param settings the client's settings
   * @return e.g. {@code the API key from settings.xml server 'featurebase-prod'}, or {@code the API
   *     key}
   */
  static String apiKey(ClientSettings settings) {
    return settings
        .apiKeySource()
        .map(source -> "the API key from " + source)
        .orElse("the API key");
  }

  /**
   * What to do when a request may have been processed, by operation.
   *
   * @param request the request
   * @return one sentence, or empty for reads
   */
  static String unknownOutcome(RequestInfo request) {
    if (request.isCreate()) {
      return "The webhook may have been created: list the webhooks and look for it by name"
          + " before creating it again.";
    }
    if (request.isRefreshSecret()) {
      return "The secret may have been replaced (the old one then no longer works): get the"
          + " webhook to read its current secret before anything else.";
    }
    if (request.method().equals("GET")) {
      return "";
    }
    return "The change may have been applied: get the webhook to check.";
  }

  /**
   * Seconds, or milliseconds below one second, for messages.
   *
   * @param duration the duration
   * @return e.g. {@code 30 s} or {@code 250 ms}
   */
  static String seconds(java.time.Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000 || millis % 1000 != 0) {
      return millis + " ms";
    }
    return millis / 1000 + " s";
  }
}
