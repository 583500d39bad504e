package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.secret.Secret;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAndHealthTest extends DeliveryTestBase {

  @Test
  void failedDeliveriesAreRetriedThreeTimesOnTheScaledSchedule() throws Exception {
    JsonNode hook = webhook("Down");
    String id = hook.get("id").asText();
    receiver.answer(503);

    JsonNode first = event().at("/events/0/firstAttempt");
    eventually(() -> deliveries("").get("deliveries").size() == 4);

    assertThat(first.get("outcome").asText()).isEqualTo("failed");
    assertThat(first.get("error").asText()).isEqualTo("HTTP 503");
    // +1 min scaled by 0.00001 is 0.6 ms after the attempt
    assertThat(
            Duration.between(
                Instant.parse(first.get("at").asText()),
                Instant.parse(first.get("nextAttemptAt").asText())))
        .isLessThanOrEqualTo(Duration.ofMillis(1));
    JsonNode attempts = deliveries("").get("deliveries");
    for (int i = 0; i < 4; i++) {
      JsonNode a = attempts.get(i);
      assertThat(a.get("attempt").asInt()).isEqualTo(i + 1);
      assertThat(a.get("status").asInt()).isEqualTo(503);
      assertThat(a.get("eventId").asText()).isEqualTo(attempts.get(0).get("eventId").asText());
      assertThat(a.get("nextAttemptAt").isNull()).isEqualTo(i == 3);
    }
    for (int i = 0; i < 4; i++) {
      assertThat(receiver.next().json().get("id").asText())
          .isEqualTo(attempts.get(0).get("eventId").asText());
    }
    Thread.sleep(50);
    assertThat(receiver.waiting()).as("no fifth attempt").isZero();
    assertThat(deliveries("").get("pendingRetries")).isEmpty();
    JsonNode after = webhookNow(id);
    assertThat(after.get("status").asText()).isEqualTo("active");
    assertThat(after.at("/health/consecutiveFailures").asInt()).isEqualTo(4);
    assertThat(after.at("/health/errorsSinceLastSuccess").asInt()).isEqualTo(4);
    assertThat(after.at("/health/lastSuccessAt").isNull()).isTrue();
    assertThat(after.at("/lastStatus/code").asInt()).isEqualTo(503);
    assertThat(after.at("/lastStatus/message").asText()).contains("HTTP 503");
    assertThat(after.at("/lastStatus/timestamp").asText()).isEqualTo("2026-03-01T10:00:30.250Z");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 202, 204})
  void theFourDocumentedStatusesAreDeliveries(int status) throws Exception {
    String id = webhook("Fine").get("id").asText();
    receiver.answer(status);

    JsonNode first = event().at("/events/0/firstAttempt");

    assertThat(first.get("outcome").asText()).isEqualTo("succeeded");
    assertThat(first.get("status").asInt()).isEqualTo(status);
    assertThat(first.get("nextAttemptAt").isNull()).isTrue();
    assertThat(webhookNow(id).at("/health/consecutiveFailures").asInt()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {203, 205, 206})
  void anyOtherTwoHundredIsAFailedAttemptAndRetried(int status) throws Exception {
    String id = webhook("Odd").get("id").asText();
    receiver.answer(status, 200);

    JsonNode first = event().at("/events/0/firstAttempt");
    eventually(() -> deliveries("").get("deliveries").size() == 2);

    // reference §5: the help article names 200, 201, 202 and 204 only
    assertThat(first.get("outcome").asText()).isEqualTo("failed");
    assertThat(first.get("status").asInt()).isEqualTo(status);
    assertThat(first.get("error").asText())
        .isEqualTo("HTTP " + status + " (only 200, 201, 202 and 204 count as delivered)");
    JsonNode retry = deliveries("").get("deliveries").get(1);
    assertThat(retry.get("attempt").asInt()).isEqualTo(2);
    assertThat(retry.get("outcome").asText()).isEqualTo("succeeded");
    JsonNode after = webhookNow(id);
    assertThat(after.at("/health/consecutiveFailures").asInt()).isZero();
    assertThat(after.at("/lastStatus/code").asInt()).isEqualTo(200);
  }

  @Test
  void aRetryThatSucceedsEndsTheRetriesAndResetsTheCounters() throws Exception {
    String id = webhook("Flaky").get("id").asText();
    receiver.answer(500, 500, 204);

    event();
    eventually(() -> deliveries("").get("deliveries").size() == 3);

    JsonNode attempts = deliveries("").get("deliveries");
    assertThat(attempts.get(2).get("outcome").asText()).isEqualTo("succeeded");
    assertThat(attempts.get(2).get("status").asInt()).isEqualTo(204);
    JsonNode after = webhookNow(id);
    assertThat(after.at("/health/consecutiveFailures").asInt()).isZero();
    assertThat(after.at("/health/errorsSinceLastSuccess").asInt()).isZero();
    assertThat(after.at("/health/lastSuccessAt").asText()).isEqualTo("2026-03-01T10:00:30.250Z");
    assertThat(after.at("/health/avgResponseTime").isIntegralNumber()).isTrue();
    assertThat(after.at("/health/lastResponseTime").isIntegralNumber()).isTrue();
    assertThat(after.at("/lastStatus/code").asInt()).isEqualTo(204);
    Thread.sleep(50);
    assertThat(deliveries("").get("deliveries")).hasSize(3);
  }

  @Test
  void retriesAfterARotationAreSignedWithTheNewSecret() throws Exception {
    restart(
        options().toBuilder()
            .retryScale(1)
            .build()); // the retry would wait a real minute: run it by hand
    JsonNode hook = webhook("Rotating");
    String id = hook.get("id").asText();
    String oldSecret = hook.get("secret").asText();
    receiver.answer(401, 200);

    event();
    TestReceiver.Received first = receiver.next();
    JsonNode pending = deliveries("").get("pendingRetries");
    String newSecret =
        api.post("/v2/webhooks/" + id + "/secret", null).json().get("secret").asText();
    JsonNode retried = api.admin("POST", "/__emulator/deliveries/retry?wait=true", null).json();
    TestReceiver.Received second = receiver.next();

    assertThat(pending).hasSize(1);
    assertThat(pending.at("/0/attempt").asInt()).isEqualTo(2);
    assertThat(retried.at("/retried/0/attempt").asInt()).isEqualTo(2);
    assertThat(retried.at("/retried/0/result/outcome").asText()).isEqualTo("succeeded");
    assertThat(second.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(verify(first, oldSecret).isVerified()).isTrue();
    assertThat(verify(second, oldSecret).isVerified()).isFalse();
    assertThat(verify(second, newSecret).isVerified()).isTrue();
    JsonNode attempts = deliveries("").get("deliveries");
    assertThat(attempts.at("/0/signedWith").asText()).isEqualTo(Secret.of(oldSecret).fingerprint());
    assertThat(attempts.at("/1/signedWith").asText()).isEqualTo(Secret.of(newSecret).fingerprint());
    assertThat(deliveries("").get("pendingRetries")).isEmpty();
  }

  @Test
  void eachAttemptGetsAFreshTimestamp() throws Exception {
    restart(options().toBuilder().retryScale(1).build());
    webhook("Clock");
    receiver.answer(500, 200);

    event();
    TestReceiver.Received first = receiver.next();
    clock.advance(Duration.ofMinutes(1));
    api.admin("POST", "/__emulator/deliveries/retry?wait=true", null);
    TestReceiver.Received second = receiver.next();

    assertThat(Long.parseLong(second.header("X-Webhook-Timestamp")))
        .isEqualTo(Long.parseLong(first.header("X-Webhook-Timestamp")) + 60);
  }

  @Test
  void aWebhookIsSuspendedAfterTooManyFailuresAndReactivatedByPatch() throws Exception {
    restart(options().toBuilder().suspendAfter(3).build());
    String id = webhook("Broken").get("id").asText();
    receiver.answer(500);

    event();
    eventually(() -> webhookNow(id).get("status").asText().equals("suspended"));
    Thread.sleep(50);

    JsonNode attempts = deliveries("").get("deliveries");
    assertThat(attempts).hasSize(3);
    assertThat(attempts.at("/2/nextAttemptAt").isNull()).isTrue();
    assertThat(deliveries("").get("pendingRetries")).isEmpty();
    assertThat(webhookNow(id).at("/health/consecutiveFailures").asInt()).isEqualTo(3);
    assertThat(event().get("events")).as("no deliveries to a suspended webhook").isEmpty();

    JsonNode reactivated = api.patch("/v2/webhooks/" + id, "{\"status\":\"active\"}").json();
    receiver.answer(200);
    JsonNode answer = event();

    assertThat(reactivated.get("status").asText()).isEqualTo("active");
    assertThat(reactivated.at("/health/consecutiveFailures").asInt()).isZero();
    assertThat(reactivated.at("/health/errorsSinceLastSuccess").asInt()).isZero();
    assertThat(answer.at("/events/0/firstAttempt/outcome").asText()).isEqualTo("succeeded");
  }

  @Test
  void retriesOfAPausedWebhookAreDropped() throws Exception {
    restart(options().toBuilder().retryScale(1).build());
    String id = webhook("Pausing").get("id").asText();
    receiver.answer(500);

    event();
    api.patch("/v2/webhooks/" + id, "{\"status\":\"paused\"}");
    JsonNode retried = api.admin("POST", "/__emulator/deliveries/retry?wait=true", null).json();

    assertThat(retried.at("/retried/0/result/outcome").asText()).isEqualTo("skipped");
    assertThat(retried.at("/retried/0/result/error").asText()).isEqualTo("the webhook is paused");
    assertThat(deliveries("").get("pendingRetries")).isEmpty();
  }

  @Test
  void aReceiverSlowerThanTheTimeoutFails() throws Exception {
    String id =
        webhook("Slow", receiver.url(), "'post.updated'", "'requestConfig':{'timeoutMs':1000}")
            .get("id")
            .asText();
    receiver.delay(1500);

    JsonNode attempt = event().at("/events/0/firstAttempt");

    assertThat(attempt.get("outcome").asText()).isEqualTo("failed");
    assertThat(attempt.get("status").isNull()).isTrue();
    assertThat(attempt.get("error").asText()).isEqualTo("timed out after 1000 ms");
    assertThat(attempt.get("latencyMs").asLong()).isBetween(1000L, 3000L);
    assertThat(webhookNow(id).at("/lastStatus/code").isNull()).isTrue();
    receiver.delay(0);
  }

  @Test
  void aRefusedConnectionFails() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    webhook("Nobody home", "http://127.0.0.1:" + closedPort + "/hook", "'post.updated'", "");

    JsonNode attempt = event().at("/events/0/firstAttempt");

    assertThat(attempt.get("outcome").asText()).isEqualTo("failed");
    assertThat(attempt.get("error").asText()).isEqualTo("connection refused");
    assertThat(attempt.get("nextAttemptAt").isNull()).isFalse();
  }

  @Test
  void slowReceiversNeverHoldUpTheApiAndCloseIsPrompt() throws Exception {
    for (int i = 0; i < 6; i++) {
      webhook("Slow " + i, receiver.url(), "'post.updated'", "'requestConfig':{'timeoutMs':30000}");
    }
    receiver.delay(3000);

    long started = System.nanoTime();
    assertThat(api.admin("POST", "/__emulator/events", "{\"topic\":\"post.updated\"}").status())
        .isEqualTo(201);
    receiver.next();
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));

    long closing = System.nanoTime();
    emulator.close();
    assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofMillis(1500));
    receiver.delay(0);
  }

  @Test
  void anEventFailingAtTwoWebhooksWaitsForARetryToEach() throws Exception {
    restart(options().toBuilder().retryScale(1).build());
    String a = webhook("Old twin").get("id").asText();
    String b = webhook("New twin").get("id").asText();
    receiver.answer(401, 401, 200);

    String id = event().get("id").asText();
    JsonNode pending = deliveries("").get("pendingRetries");
    JsonNode retried =
        api.admin("POST", "/__emulator/deliveries/retry?wait=true", null).json().get("retried");

    assertThat(pending).hasSize(2);
    assertThat(pending.findValuesAsText("eventId")).containsOnly(id);
    assertThat(pending.findValuesAsText("webhookId")).containsExactlyInAnyOrder(a, b);
    assertThat(retried).hasSize(2);
    assertThat(
            List.of(
                retried.get(0).get("webhookId").asText(), retried.get(1).get("webhookId").asText()))
        .containsExactlyInAnyOrder(a, b);
    assertThat(retried)
        .allSatisfy(r -> assertThat(r.at("/result/outcome").asText()).isEqualTo("succeeded"));
    assertThat(deliveries("").get("pendingRetries")).isEmpty();
  }

  @Test
  void resetForgetsPendingRetriesAndDeliveries() throws Exception {
    restart(options().toBuilder().retryScale(1).build());
    webhook("Reset");
    receiver.answer(500);
    event();

    api.admin("POST", "/__emulator/reset", null);

    assertThat(deliveries("").get("deliveries")).isEmpty();
    assertThat(deliveries("").get("pendingRetries")).isEmpty();
    assertThat(api.admin("POST", "/__emulator/deliveries/retry", null).json().get("retried"))
        .isEmpty();
  }
}
