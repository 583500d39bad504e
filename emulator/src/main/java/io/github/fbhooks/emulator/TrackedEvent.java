package io.github.fbhooks.emulator;

import io.github.fbhooks.emulator.EmulatorEvents.FirstAttempt;
import io.github.fbhooks.emulator.EmulatorEvents.WebhookAttempt;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event made by {@code POST /__emulator/events}, whose first attempts end one by one on the
 * delivery threads. Retries never change it: only the first delivery counts.
 */
final class TrackedEvent {

  private final String id;
  private final String topic;
  private final Instant createdAt;
  private final Map<String, FirstAttempt> firstAttempts = new LinkedHashMap<>();

  /**
   * @param id the event's id
   * @param topic the topic's wire name
   * @param createdAt the event's {@code createdAt}
   * @param webhookIds the webhooks it is delivered to, in delivery order
   */
  TrackedEvent(String id, String topic, Instant createdAt, List<String> webhookIds) {
    this.id = id;
    this.topic = topic;
    this.createdAt = createdAt;
    for (String webhookId : webhookIds) {
      firstAttempts.put(webhookId, FirstAttempt.PENDING);
    }
  }

  /** Records how the first attempt to a webhook ended; later attempts are ignored. */
  synchronized void attemptEnded(DeliveryAttempt attempt) {
    if (attempt.attempt() == 1 && firstAttempts.get(attempt.webhookId()) == FirstAttempt.PENDING) {
      firstAttempts.put(attempt.webhookId(), FirstAttempt.of(attempt.outcome()));
    }
  }

  /** {@return the event as the admin API shows it now} */
  synchronized EmulatorEvents.Event snapshot() {
    return new EmulatorEvents.Event(
        id,
        topic,
        createdAt,
        firstAttempts.entrySet().stream()
            .map(e -> new WebhookAttempt(e.getKey(), e.getValue()))
            .toList());
  }
}
