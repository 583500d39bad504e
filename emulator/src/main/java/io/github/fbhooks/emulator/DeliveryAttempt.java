package io.github.fbhooks.emulator;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;

/**
 * One delivery attempt as {@code GET /__emulator/deliveries} shows it. Never holds the secret, the
 * signature, custom header values or the body.
 *
 * @param eventId the event, {@code notif_...}
 * @param webhookId the webhook
 * @param topic the topic
 * @param url where it was sent, or null when skipped because the webhook is gone
 * @param attempt 1 for the first try, 2 to 4 for the retries
 * @param outcome succeeded, failed, skipped (a retry of a webhook no longer active), or refused (a
 *     URL outside this machine, while external deliveries are not allowed)
 * @param status the HTTP status the receiver answered, or null
 * @param latencyMs how long the attempt took, or null when skipped
 * @param error what went wrong, or null
 * @param signedWith the fingerprint of the secret that signed it ({@code sha256:1a2b3c4d}), or null
 * @param at when the attempt started
 * @param nextAttemptAt when the next retry is due (on the scaled schedule), or null when none
 */
@JsonPropertyOrder({
  "eventId",
  "webhookId",
  "topic",
  "url",
  "attempt",
  "outcome",
  "status",
  "latencyMs",
  "error",
  "signedWith",
  "at",
  "nextAttemptAt"
})
record DeliveryAttempt(
    String eventId,
    String webhookId,
    String topic,
    String url,
    int attempt,
    Outcome outcome,
    Integer status,
    Long latencyMs,
    String error,
    String signedWith,
    Instant at,
    Instant nextAttemptAt) {

  /** How an attempt ended. */
  enum Outcome {
    SUCCEEDED,
    FAILED,
    SKIPPED,
    REFUSED;

    @JsonValue
    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static DeliveryAttempt skipped(
      Delivery delivery, int attempt, String url, Instant at, String why) {
    return notSent(delivery, attempt, url, at, Outcome.SKIPPED, why);
  }

  static DeliveryAttempt refused(
      Delivery delivery, int attempt, String url, Instant at, String why) {
    return notSent(delivery, attempt, url, at, Outcome.REFUSED, why);
  }

  private static DeliveryAttempt notSent(
      Delivery delivery, int attempt, String url, Instant at, Outcome outcome, String why) {
    return new DeliveryAttempt(
        delivery.eventId(),
        delivery.webhookId(),
        delivery.topic(),
        url,
        attempt,
        outcome,
        null,
        null,
        why,
        null,
        at,
        null);
  }
}
