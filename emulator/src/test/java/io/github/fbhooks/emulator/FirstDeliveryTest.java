package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.emulator.EmulatorEvents.FirstAttempt;
import io.github.fbhooks.emulator.EmulatorEvents.WebhookAttempt;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /__emulator/events}: whether each event reached a receiver on its first delivery, as
 * an overlap rotation promises and an immediate one does not.
 */
class FirstDeliveryTest extends DeliveryTestBase {

  /** Webhook A and its twin B, as an overlap rotation leaves them: same URL and topics. */
  private JsonNode a;

  private JsonNode b;

  private void twins() throws Exception {
    a = webhook("Releases");
    b = webhook("Releases (rotating)");
  }

  private JsonNode events(String query) throws Exception {
    Reply r = api.admin("GET", "/__emulator/events" + query, null);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  private JsonNode events() throws Exception {
    return events("");
  }

  private static String firstAttemptTo(JsonNode event, JsonNode webhook) {
    for (JsonNode w : event.get("webhooks")) {
      if (w.get("webhookId").asText().equals(webhook.get("id").asText())) {
        return w.get("firstAttempt").asText();
      }
    }
    throw new AssertionError("no first attempt to " + webhook.get("id") + " in " + event);
  }

  private static String summary(JsonNode answer) {
    return answer.get("summary").toString();
  }

  private static String summary(int events, int accepted, int notAccepted, int pending) {
    return Json.of(
        "{'events':%d,'acceptedOnFirstDelivery':%d,'notAcceptedOnFirstDelivery':%d,'pending':%d}",
        events, accepted, notAccepted, pending);
  }

  @ParameterizedTest(name = "the receiver knows the secret of webhook {0}")
  @ValueSource(strings = {"A", "B"})
  void aReceiverKnowingEitherSecretAcceptsTheEventOnItsFirstDelivery(String known)
      throws Exception {
    twins();
    JsonNode knownHook = known.equals("A") ? a : b;
    JsonNode otherHook = known.equals("A") ? b : a;
    receiverKnows(knownHook.get("secret").asText());

    String id = event().get("id").asText();
    JsonNode answer = events();

    JsonNode e = answer.at("/events/0");
    assertThat(answer.get("events")).hasSize(1);
    assertThat(e.fieldNames())
        .toIterable()
        .containsExactly("id", "topic", "createdAt", "webhooks", "acceptedOnFirstDelivery");
    assertThat(e.get("id").asText()).isEqualTo(id);
    assertThat(e.get("topic").asText()).isEqualTo("post.updated");
    assertThat(e.get("createdAt").asText()).isEqualTo("2026-03-01T10:00:30.250Z");
    assertThat(e.get("webhooks")).hasSize(2);
    assertThat(e.at("/webhooks/0").fieldNames())
        .toIterable()
        .containsExactly("webhookId", "firstAttempt");
    assertThat(firstAttemptTo(e, knownHook)).isEqualTo("succeeded");
    assertThat(firstAttemptTo(e, otherHook)).isEqualTo("failed");
    assertThat(e.get("acceptedOnFirstDelivery").asBoolean()).isTrue();
    assertThat(summary(answer)).isEqualTo(summary(1, 1, 0, 0));
    // the 401s are retried, and fail again: the first delivery's answer stays
    String other = otherHook.get("id").asText();
    eventually(() -> deliveries("?webhookId=" + other).get("deliveries").size() == 4);
    assertThat(deliveries("?webhookId=" + other).findValuesAsText("status")).containsOnly("401");
    assertThat(events().at("/events/0/acceptedOnFirstDelivery").asBoolean()).isTrue();
    assertThat(summary(events())).isEqualTo(summary(1, 1, 0, 0));
  }

  @Test
  void anEventNoSecretVerifiesIsNotAcceptedAndItsRetryDoesNotChangeThat() throws Exception {
    restart(options().toBuilder().retryScale(1).build()); // retries wait a minute
    twins();
    receiverKnows("whsec_deployedSomewhereElse");

    event();
    JsonNode before = events();
    receiverKnows(a.get("secret").asText(), b.get("secret").asText());
    JsonNode retried =
        api.admin("POST", "/__emulator/deliveries/retry?wait=true", null).json().get("retried");
    JsonNode after = events();

    JsonNode e = before.at("/events/0");
    assertThat(firstAttemptTo(e, a)).isEqualTo("failed");
    assertThat(firstAttemptTo(e, b)).isEqualTo("failed");
    assertThat(e.get("acceptedOnFirstDelivery").isBoolean()).isTrue();
    assertThat(e.get("acceptedOnFirstDelivery").asBoolean()).isFalse();
    assertThat(summary(before)).isEqualTo(summary(1, 0, 1, 0));
    assertThat(retried).hasSize(2);
    assertThat(retried)
        .allSatisfy(r -> assertThat(r.at("/result/outcome").asText()).isEqualTo("succeeded"));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void anEventIsPendingWhileItsOnlyFirstAttemptRuns() throws Exception {
    webhook("Slow", receiver.url(), "'post.updated'", "'requestConfig':{'timeoutMs':30000}");
    receiver.hold();

    Reply made = api.admin("POST", "/__emulator/events", "{\"topic\":\"post.updated\"}");
    receiver.next(); // the attempt is in flight, its answer held
    JsonNode during = events();
    receiver.release();
    eventually(() -> events().at("/events/0/acceptedOnFirstDelivery").isBoolean());

    assertThat(made.status()).isEqualTo(201);
    assertThat(during.at("/events/0/webhooks/0/firstAttempt").asText()).isEqualTo("pending");
    assertThat(during.at("/events/0/acceptedOnFirstDelivery").isNull()).isTrue();
    assertThat(summary(during)).isEqualTo(summary(1, 0, 0, 1));
    assertThat(events().at("/events/0/webhooks/0/firstAttempt").asText()).isEqualTo("succeeded");
    assertThat(summary(events())).isEqualTo(summary(1, 1, 0, 0));
  }

  @Test
  void oneSucceededFirstAttemptIsEnoughWhileAnotherIsStillPending() throws Exception {
    try (TestReceiver slow = new TestReceiver()) {
      JsonNode held =
          webhook("Slow", slow.url(), "'post.updated'", "'requestConfig':{'timeoutMs':30000}");
      JsonNode fast = webhook("Fast");
      slow.hold();

      api.admin("POST", "/__emulator/events", "{\"topic\":\"post.updated\"}");
      slow.next();
      eventually(() -> firstAttemptTo(events().at("/events/0"), fast).equals("succeeded"));
      JsonNode during = events();
      slow.release();

      assertThat(firstAttemptTo(during.at("/events/0"), held)).isEqualTo("pending");
      assertThat(during.at("/events/0/acceptedOnFirstDelivery").asBoolean()).isTrue();
      assertThat(summary(during)).isEqualTo(summary(1, 1, 0, 0));
    }
  }

  @Test
  void anEventWithoutSubscribersOrOnlyRefusedDeliveriesWasNotAccepted() throws Exception {
    webhook("Elsewhere", "https://example.com/hooks", "'post.updated'", "");

    event("{\"topic\":\"changelog.published\"}");
    event();
    JsonNode answer = events();

    JsonNode nobody = answer.at("/events/0");
    JsonNode refused = answer.at("/events/1");
    assertThat(nobody.get("topic").asText()).isEqualTo("changelog.published");
    assertThat(nobody.get("webhooks")).isEmpty();
    assertThat(nobody.get("acceptedOnFirstDelivery").asBoolean(true)).isFalse();
    assertThat(refused.at("/webhooks/0/firstAttempt").asText()).isEqualTo("refused");
    assertThat(refused.get("acceptedOnFirstDelivery").asBoolean(true)).isFalse();
    assertThat(summary(answer)).isEqualTo(summary(2, 0, 2, 0));
  }

  @Test
  void deleteAndResetForgetTheEventsButDeleteLeavesTheDeliveries() throws Exception {
    webhook("Kept");
    event();
    event();

    Reply deleted = api.admin("DELETE", "/__emulator/events", null);
    JsonNode afterDelete = events();
    int attempts = deliveries("").get("deliveries").size();
    event();
    int beforeReset = events().get("events").size();
    api.admin("POST", "/__emulator/reset", null);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().toString()).isEqualTo("{\"deleted\":2}");
    assertThat(afterDelete.get("events")).isEmpty();
    assertThat(summary(afterDelete)).isEqualTo(summary(0, 0, 0, 0));
    assertThat(attempts).isEqualTo(2);
    assertThat(beforeReset).isEqualTo(1);
    assertThat(events().get("events")).isEmpty();
    assertThat(summary(events())).isEqualTo(summary(0, 0, 0, 0));
  }

  @Test
  void aFirstAttemptEndingAfterTheEventsWereClearedDoesNotBringItBack() throws Exception {
    webhook("Slow", receiver.url(), "'post.updated'", "'requestConfig':{'timeoutMs':30000}");
    receiver.hold();
    api.admin("POST", "/__emulator/events", "{\"topic\":\"post.updated\"}");
    receiver.next();

    int deleted = api.admin("DELETE", "/__emulator/events", null).json().get("deleted").asInt();
    receiver.release();
    eventually(() -> deliveries("").get("deliveries").size() == 1);

    assertThat(deleted).isEqualTo(1);
    assertThat(deliveries("").at("/deliveries/0/outcome").asText()).isEqualTo("succeeded");
    assertThat(events().get("events")).isEmpty();
  }

  @Test
  void theEventsAnswerTakesNoParametersAndOtherMethodsAreRefused() throws Exception {
    Reply filtered = api.admin("GET", "/__emulator/events?topic=post.updated", null);
    Reply put = api.admin("PUT", "/__emulator/events", "{}");

    assertThat(filtered.status()).isEqualTo(400);
    assertThat(filtered.error().get("code").asText()).isEqualTo("parameter_not_supported");
    assertThat(api.admin("DELETE", "/__emulator/events?all=1", null).status()).isEqualTo(400);
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.header("Allow")).isEqualTo("GET, POST, DELETE");
  }

  @Test
  void theAdminClientReadsTheEventsAndClearsThem() throws Exception {
    twins();
    receiverKnows(b.get("secret").asText());
    String id = event().get("id").asText();
    event("{\"topic\":\"changelog.published\"}");
    EmulatorAdminClient client = new EmulatorAdminClient(emulator.baseUrl());

    EmulatorEvents events = client.events();
    int cleared = client.clearEvents();

    assertThat(events.events()).hasSize(2);
    EmulatorEvents.Event first = events.events().get(0);
    assertThat(events.event(id)).contains(first);
    assertThat(first.topic()).isEqualTo("post.updated");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:30.250Z"));
    assertThat(first.webhooks())
        .containsExactlyInAnyOrder(
            new WebhookAttempt(a.get("id").asText(), FirstAttempt.FAILED),
            new WebhookAttempt(b.get("id").asText(), FirstAttempt.SUCCEEDED));
    assertThat(first.acceptedOnFirstDelivery()).contains(true);
    assertThat(events.events().get(1).acceptedOnFirstDelivery()).contains(false);
    assertThat(events.summary()).isEqualTo(new EmulatorEvents.Summary(2, 1, 1, 0));
    assertThat(events.event("notif_000000000000000000000000")).isEmpty();
    assertThat(cleared).isEqualTo(2);
    assertThat(client.events().events()).isEmpty();
    assertThat(client.events().summary()).isEqualTo(new EmulatorEvents.Summary(0, 0, 0, 0));
  }
}
