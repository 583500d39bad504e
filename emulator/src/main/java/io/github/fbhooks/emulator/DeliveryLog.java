package io.github.fbhooks.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Every delivery attempt, oldest first; the oldest are dropped beyond a cap. */
final class DeliveryLog {

  private final Deque<DeliveryAttempt> entries = new ArrayDeque<>();

  synchronized void add(DeliveryAttempt entry) {
    if (entries.size() == Contract.DELIVERY_LOG_CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  /**
   * The attempts, optionally of one event or one webhook.
   *
   * @param eventId only this event's attempts, or null for all
   * @param webhookId only this webhook's attempts, or null for all
   * @return the matching attempts, oldest first
   */
  synchronized List<DeliveryAttempt> entries(String eventId, String webhookId) {
    return entries.stream()
        .filter(e -> eventId == null || e.eventId().equals(eventId))
        .filter(e -> webhookId == null || e.webhookId().equals(webhookId))
        .toList();
  }

  /** {@return how many entries were removed} */
  synchronized int clear() {
    int count = entries.size();
    entries.clear();
    return count;
  }
}
