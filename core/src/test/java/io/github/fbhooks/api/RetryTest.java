package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.NOW;
import static io.github.fbhooks.api.Fixtures.errorJson;
import static io.github.fbhooks.api.Fixtures.pageJson;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.log.RecordingLog;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookUpdate;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

  private static final String RATE_LIMITED =
      errorJson(429, "rate_limit_error", "rate_limit_exceeded", "Too many requests");
  private static final String UNAVAILABLE =
      errorJson(503, "api_error", "service_unavailable", "Try later");
  private static final WebhookCreate CREATE =
      new WebhookCreate("orders", "https://example.com/h", List.of("post.created"), null, null);

  private final StubServer stub = StubServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RecordingLog log = new RecordingLog(true);
  private final FeaturebaseClient client =
      Fixtures.client(Fixtures.settings(stub.baseUrl()), log, sleeper);

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void rateLimitedGetWaitsForRetryAfterSecondsThenSucceeds() {
    stub.enqueue(
        Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "7"),
        Reply.json(200, webhookJson(ID, "a")));

    assertThat(client.get(ID).id()).isEqualTo(ID);

    assertThat(stub.requests()).hasSize(2);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(log.text())
        .contains(
            "GET /v2/webhooks/{id}: attempt 1 of 4 failed (429 rate_limit_exceeded);"
                + " retrying in 7000 ms");
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atZone(ZoneOffset.UTC));
    stub.enqueue(
        Reply.json(429, RATE_LIMITED).withHeader("Retry-After", date),
        Reply.json(200, pageJson(null)));

    client.list(null, null, null);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void rateLimitResetAsSecondsToWait() {
    stub.enqueue(
        Reply.json(429, RATE_LIMITED).withHeader("X-RateLimit-Reset", "5"),
        Reply.json(200, pageJson(null)));

    client.list(null, null, null);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void rateLimitResetAsEpochSeconds() {
    stub.enqueue(
        Reply.json(429, RATE_LIMITED)
            .withHeader("X-RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 9)),
        Reply.json(200, pageJson(null)));

    client.list(null, null, null);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void retryAfterWinsOverRateLimitReset() {
    stub.enqueue(
        Reply.json(429, RATE_LIMITED)
            .withHeader("Retry-After", "2")
            .withHeader("X-RateLimit-Reset", "40"),
        Reply.json(200, pageJson(null)));

    client.list(null, null, null);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void rateLimitedPostIsRetriedBecauseItWasNotProcessed() {
    stub.enqueue(
        Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "1"),
        Reply.json(201, webhookJson(ID, "orders")));

    assertThat(client.create(CREATE).id()).isEqualTo(ID);
    assertThat(stub.requests())
        .extracting(StubServer.Recorded::method)
        .containsExactly("POST", "POST");
  }

  @Test
  void rateLimitWithoutHintsUsesJitteredBackoff() {
    stub.enqueue(Reply.json(429, RATE_LIMITED), Reply.json(200, pageJson(null)));

    client.list(null, null, null);

    assertThat(sleeper.sleeps()).hasSize(1);
    assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
  }

  @Test
  void retryAfterBeyondTheCapFailsAtOnceSayingWhenToRetry() {
    stub.enqueue(Reply.json(429, RATE_LIMITED).withHeader("Retry-After", "3600"));

    RateLimitedException e =
        catchThrowableOfType(RateLimitedException.class, () -> client.list(null, null, null));

    assertThat(stub.requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(e.retryAt()).contains(NOW.plusSeconds(3600));
    assertThat(e.isTransient()).isTrue();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e)
        .hasMessageContaining("Retry after 2026-11-27T11:00:00Z")
        .hasMessageContaining(
            "Not retried: Featurebase asked to wait 3600 s, longer than the 60 s");
  }

  @Test
  void serviceUnavailableGetIsRetriedThenSucceeds() {
    stub.enqueue(
        Reply.json(503, UNAVAILABLE),
        Reply.of(502, "text/html", "<html>bad gateway</html>"),
        Reply.json(200, webhookJson(ID, "a")));

    assertThat(client.get(ID).name()).isEqualTo("a");

    assertThat(stub.requests()).hasSize(3);
    List<Duration> sleeps = sleeper.sleeps();
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
  }

  @Test
  void patchAndDeleteAreRetriedOnServerErrors() {
    stub.enqueue(
        Reply.json(500, UNAVAILABLE),
        Reply.json(200, webhookJson(ID, "a")),
        Reply.json(504, UNAVAILABLE),
        Reply.json(200, "{\"id\":\"" + ID + "\",\"object\":\"webhook\",\"deleted\":true}"));

    client.update(ID, WebhookUpdate.builder().name("a").build());
    client.delete(ID);

    assertThat(stub.requests())
        .extracting(StubServer.Recorded::method)
        .containsExactly("PATCH", "PATCH", "DELETE", "DELETE");
  }

  @Test
  void serviceUnavailablePostIsNotRetried() {
    stub.enqueue(Reply.json(503, UNAVAILABLE), Reply.json(201, webhookJson(ID, "orders")));

    ServerErrorException e =
        catchThrowableOfType(ServerErrorException.class, () -> client.create(CREATE));

    assertThat(stub.requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e)
        .hasMessageContaining("POST /v2/webhooks")
        .hasMessageContaining("look for it by name")
        .hasMessageContaining("Not retried: a POST that may have been processed");
  }

  @Test
  void refreshSecretIsNotRetriedAfterAServerError() {
    stub.enqueue(Reply.json(500, UNAVAILABLE));

    ServerErrorException e =
        catchThrowableOfType(ServerErrorException.class, () -> client.refreshSecret(ID));

    assertThat(stub.requests()).hasSize(1);
    assertThat(e).hasMessageContaining("get the webhook to read its current secret");
  }

  @Test
  void exhaustedRetriesSayHowManyAttemptsWereMade() {
    for (int i = 0; i < 4; i++) {
      stub.enqueue(Reply.json(503, UNAVAILABLE));
    }

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.get(ID));

    assertThat(stub.requests()).hasSize(4);
    assertThat(sleeper.sleeps()).hasSize(3);
    assertThat(e.attempts()).isEqualTo(4);
    assertThat(e.status()).isEqualTo(503);
    assertThat(e).hasMessageEndingWith("Gave up after 4 attempts.");
    assertThat(log.lines()).filteredOn(l -> l.contains("retrying in")).hasSize(3);
  }

  @Test
  void nonTransientErrorsAreNeverRetried() {
    stub.enqueue(Reply.json(400, errorJson(400, "invalid_request_error", "invalid_id", "Bad id")));

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID));

    assertThat(stub.requests()).hasSize(1);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e).hasMessageNotContaining("Gave up");
  }

  @Test
  void retriesCanBeTurnedOff() {
    stub.enqueue(Reply.json(503, UNAVAILABLE));
    FeaturebaseClient once =
        Fixtures.client(
            Fixtures.settings(stub.baseUrl()).toBuilder().retryPolicy(RetryPolicy.none()).build(),
            BuildLog.NONE,
            sleeper);

    catchThrowableOfType(ServerErrorException.class, () -> once.get(ID));

    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void anInterruptedWaitGivesUp() {
    stub.enqueue(Reply.json(503, UNAVAILABLE));
    FeaturebaseClient interrupted =
        FeaturebaseClient.create(
            Fixtures.settings(stub.baseUrl()),
            BuildLog.NONE,
            Fixtures.CLOCK,
            d -> {
              throw new InterruptedException();
            });

    ServerErrorException e =
        catchThrowableOfType(ServerErrorException.class, () -> interrupted.get(ID));

    assertThat(Thread.interrupted()).isTrue();
    assertThat(e).hasMessageEndingWith("Interrupted while waiting to retry.");
    assertThat(stub.requests()).hasSize(1);
  }
}
