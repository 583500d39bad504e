package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.emulator.EmulatorEvents.FirstAttempt;
import io.github.fbhooks.emulator.EmulatorEvents.WebhookAttempt;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event log on its own: its cap, and which attempts change an event. */
class EventLogTest {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:30.250Z");

  private static TrackedEvent event(String id, String... webhookIds) {
    return new TrackedEvent(id, "post.updated", AT, List.of(webhookIds));
  }

  private static DeliveryAttempt attempt(
      String webhookId, int number, DeliveryAttempt.Outcome outcome) {
    return new DeliveryAttempt(
        "notif_1",
        webhookId,
        "post.updated",
        null,
        number,
        outcome,
        null,
        null,
        null,
        null,
        AT,
        null);
  }

  @Test
  void keepsTheNewestTenThousandEvents() {
    EventLog log = new EventLog();

    for (int i = 0; i <= 10_000; i++) {
      log.add(event("notif_" + i));
    }
    EmulatorEvents kept = log.snapshot();

    assertThat(EventLog.CAPACITY).isEqualTo(10_000);
    assertThat(kept.events()).hasSize(10_000);
    assertThat(kept.events().get(0).id()).isEqualTo("notif_1");
    assertThat(kept.events().get(9_999).id()).isEqualTo("notif_10000");
    assertThat(kept.event("notif_0")).isEmpty();
    assertThat(kept.summary()).isEqualTo(new EmulatorEvents.Summary(10_000, 0, 10_000, 0));
    assertThat(log.clear()).isEqualTo(10_000);
    assertThat(log.snapshot().events()).isEmpty();
  }

  @Test
  void onlyTheFirstAttemptToEachWebhookCounts() {
    TrackedEvent event = event("notif_1", "a", "b", "c");

    event.attemptEnded(attempt("a", 1, DeliveryAttempt.Outcome.SKIPPED));
    event.attemptEnded(attempt("b", 2, DeliveryAttempt.Outcome.SUCCEEDED));
    EmulatorEvents.Event pending = event.snapshot();
    event.attemptEnded(attempt("b", 1, DeliveryAttempt.Outcome.FAILED));
    event.attemptEnded(attempt("c", 1, DeliveryAttempt.Outcome.REFUSED));
    event.attemptEnded(attempt("c", 1, DeliveryAttempt.Outcome.SUCCEEDED));
    EmulatorEvents.Event ended = event.snapshot();

    assertThat(pending.webhooks())
        .containsExactly(
            new WebhookAttempt("a", FirstAttempt.SKIPPED),
            new WebhookAttempt("b", FirstAttempt.PENDING),
            new WebhookAttempt("c", FirstAttempt.PENDING));
    assertThat(pending.acceptedOnFirstDelivery()).isEmpty();
    assertThat(ended.webhooks())
        .containsExactly(
            new WebhookAttempt("a", FirstAttempt.SKIPPED),
            new WebhookAttempt("b", FirstAttempt.FAILED),
            new WebhookAttempt("c", FirstAttempt.REFUSED));
    assertThat(ended.acceptedOnFirstDelivery()).contains(false);
  }

  @Test
  void wireNamesReadBack() {
    for (FirstAttempt a : FirstAttempt.values()) {
      assertThat(FirstAttempt.fromWireName(a.wireName())).contains(a);
    }
    assertThat(FirstAttempt.fromWireName("delivered")).isEmpty();
  }
}
