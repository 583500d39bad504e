package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.API_KEY;
import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.WEBHOOK_SECRET;
import static io.github.fbhooks.api.Fixtures.errorJson;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.log.RecordingLog;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.WebhookCreate;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingTest {

  private final StubServer stub = StubServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() {
    stub.close();
  }

  private static void assertNoSecrets(String text) {
    assertThat(text)
        .doesNotContain(API_KEY)
        .doesNotContain(WEBHOOK_SECRET)
        .doesNotContain("whsec_")
        .doesNotContain("header-value-1")
        .doesNotContain("t0ken")
        .doesNotContain("session=")
        .doesNotContain("proxy-pass");
  }

  @Test
  void logsExchangesWithoutCredentialsCookiesOrBodies() {
    RecordingLog log = new RecordingLog(true);
    FeaturebaseClient client = Fixtures.client(Fixtures.settings(stub.baseUrl()), log, sleeper);
    stub.enqueue(
        Reply.json(200, webhookJson(ID, "a"))
            .withHeader("Set-Cookie", "session=abc123")
            .withHeader("X-RateLimit-Remaining", "1999"),
        Reply.json(201, webhookJson(ID, "b")));

    client.get(ID);
    client.create(
        new WebhookCreate(
            "b",
            "https://example.com/h",
            List.of("post.created"),
            null,
            new RequestConfig(null, Map.of("X-Token", "t0ken"))));

    String text = log.text();
    String url = stub.baseUrl() + "/v2/webhooks/" + ID;
    assertThat(text)
        .contains("--> GET " + url)
        .contains("<-- 200 GET " + url + " (")
        .contains("--> Authorization: [redacted]")
        .contains("--> Featurebase-Version: 2026-01-01.nova")
        .contains("--> User-Agent: fbhooks/")
        .contains("<-- x-ratelimit-remaining: 1999")
        .contains("<-- 201 POST " + stub.baseUrl() + "/v2/webhooks (")
        .containsPattern("--> END POST \\(\\d+-byte body\\)")
        .containsPattern("<-- END HTTP \\(\\d+-byte body\\)")
        .doesNotContainIgnoringCase("Set-Cookie");
    assertNoSecrets(text);
  }

  @Test
  void logsFailuresAndRetriesWithoutSecrets() throws IOException {
    RecordingLog log = new RecordingLog(true);
    FeaturebaseClient client = Fixtures.client(Fixtures.settings(stub.baseUrl()), log, sleeper);
    stub.enqueue(
        Reply.json(503, errorJson(503, "api_error", "unavailable", "key " + API_KEY)),
        Reply.json(
            400, errorJson(400, "invalid_request_error", "invalid_parameter", WEBHOOK_SECRET)));

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID));
    URI dead;
    try (ServerSocket socket = new ServerSocket(0)) {
      dead = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    FeaturebaseClient refused =
        Fixtures.client(
            Fixtures.settings(dead).toBuilder().retryPolicy(RetryPolicy.none()).build(),
            log,
            sleeper);
    TransportException t =
        catchThrowableOfType(TransportException.class, () -> refused.list(null, null, null));

    String text = log.text();
    assertThat(text)
        .contains("<-- 503 GET")
        .contains("attempt 1 of 4 failed (503 unavailable); retrying in")
        .contains("<-- 400 GET")
        .contains("--> GET " + dead + "/v2/webhooks")
        .containsIgnoringCase("<-- ERROR ConnectException: connection refused");
    assertNoSecrets(text);
    assertNoSecrets(e.getMessage());
    assertNoSecrets(t.getMessage());
  }

  @Test
  void buildsNoLogTextWhenDebugIsOff() {
    RecordingLog log = new RecordingLog(false);
    FeaturebaseClient client = Fixtures.client(Fixtures.settings(stub.baseUrl()), log, sleeper);
    stub.enqueue(
        Reply.json(503, errorJson(503, "api_error", "unavailable", "x")),
        Reply.json(200, webhookJson(ID, "a")));

    client.get(ID);

    assertThat(log.lines()).isEmpty();
    assertThat(log.debugSuppliersCalled()).isZero();
  }

  @Test
  void refusesABaseUrlOverWhichTheKeyWouldTravelUnencrypted() {
    RecordingLog log = new RecordingLog(false);

    assertThatThrownBy(() -> Fixtures.settings(URI.create("http://featurebase.example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is http:// to featurebase.example.com")
        .hasMessageContaining("unencrypted");
    Fixtures.client(Fixtures.settings(stub.baseUrl()), log, sleeper);
    Fixtures.client(Fixtures.settings(URI.create("http://localhost:8080")), log, sleeper);
    Fixtures.client(Fixtures.settings(URI.create("https://featurebase.example.com")), log, sleeper);

    assertThat(log.lines()).isEmpty();
  }
}
