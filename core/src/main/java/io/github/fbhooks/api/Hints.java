package io.github.fbhooks.api;

/** Phrases client messages share: where the key came from, what an unknown outcome means. */
final class Hints {

  private Hints() {}

  /**
   * The API key as messages name it: with its source where the settings know it, so that the user
   * checks the server id or variable that was really used.
   *
   * @param settings the client's settings
   * @return e.g. {@code the API key from environment variable FEATUREBASE_API_KEY}, or {@code the
   *     API key}
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
