package io.github.fbhooks.emulator;

/**
 * How one delivery attempt went.
 *
 * @param succeeded whether the receiver answered 200, 201, 202 or 204 in time
 * @param status the HTTP status answered, or null when there was no answer
 * @param error what went wrong, e.g. {@code HTTP 500} or {@code timed out after 5000 ms}; null on
 *     success
 * @param latencyMs how long the attempt took
 */
record AttemptOutcome(boolean succeeded, Integer status, String error, long latencyMs) {

  static AttemptOutcome answered(int status, long latencyMs) {
    boolean ok = Contract.DELIVERED_STATUSES.contains(status);
    String error =
        ok
            ? null
            : status >= 200 && status < 300
                ? "HTTP " + status + " (only 200, 201, 202 and 204 count as delivered)"
                : "HTTP " + status;
    return new AttemptOutcome(ok, status, error, latencyMs);
  }

  static AttemptOutcome failed(String error, long latencyMs) {
    return new AttemptOutcome(false, null, error, latencyMs);
  }

  /** {@return the webhook's {@code lastStatus.message} after this attempt} */
  String message() {
    return succeeded ? "Delivered (HTTP " + status + ")" : "Delivery failed: " + error;
  }
}
