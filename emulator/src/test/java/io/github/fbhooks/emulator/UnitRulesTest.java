package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules, tested without a server. */
class UnitRulesTest {

  @ParameterizedTest
  @CsvSource({
    "/v2/webhooks/*/secret, /v2/webhooks/abc/secret, true",
    "/v2/webhooks/*/secret, /v2/webhooks/abc, false",
    "/v2/webhooks/*/secret, /v2/webhooks//secret, false",
    "/v2/webhooks/*, /v2/webhooks/abc, true",
    "/v2/webhooks/*, /v2/webhooks, false",
    "/v2/webhooks, /v2/webhooks, true",
    "/v2/webhooks, /v2/webhooks/abc, false",
    "/v2/**, /v2/webhooks/abc/secret, true",
    "/v2/**, /v2, true",
    "/**/secret, /v2/webhooks/abc/secret, true",
    "/**/secret, /v2/webhooks/abc, false",
    "/v2/*/*/secret, /v2/webhooks/abc/secret, true",
    "**, /v2/webhooks, false"
  })
  void pathGlobs(String pattern, String path, boolean matches) {
    assertThat(PathGlob.matches(pattern, path)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource({
    "localhost, true",
    "LocalHost, true",
    "127.0.0.1, true",
    "127.255.255.254, true",
    "[::1], true",
    "[0:0:0:0:0:0:0:1], true",
    "128.0.0.1, false",
    "127.0.0.256, false",
    "127.0.0.1.example.com, false",
    "[::2], false",
    "[fe80::1], false",
    "example.com, false"
  })
  void loopbackHosts(String host, boolean loopback) {
    assertThat(WebhookUrls.isLoopbackHost(host)).isEqualTo(loopback);
  }

  @Test
  void responsesRevealSecretsWhileTheModelStaysRedacted() {
    Webhook w =
        new WebhookDraft("n", "https://e.com", List.of("post.created"), null, null)
            .toWebhook(
                "0123456789abcdef01234567",
                Secret.of("whsec_visible_in_responses_only"),
                Instant.parse("2026-01-01T00:00:00Z"));

    String json = new String(EmulatorJson.write(w), StandardCharsets.UTF_8);

    assertThat(json)
        .contains("\"secret\":\"whsec_visible_in_responses_only\"")
        .contains("\"createdAt\":\"2026-01-01T00:00:00.000Z\"")
        .startsWith("{\"object\":\"webhook\",\"id\":\"0123456789abcdef01234567\",\"name\"");
    assertThat(w.toString()).doesNotContain("visible_in_responses_only");
    assertThat(
            new String(EmulatorJson.write(new DeletedWebhook("x", true)), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\":\"x\",\"object\":\"webhook\",\"deleted\":true}");
    assertThat(
            new String(
                EmulatorJson.write(new WebhookPage(List.of(), null)), StandardCharsets.UTF_8))
        .isEqualTo("{\"object\":\"list\",\"data\":[],\"nextCursor\":null}");
    assertThat(Response.json(200, w).toString()).doesNotContain("visible_in_responses_only");
  }

  @Test
  void generatedIdsAndSecretsHaveTheRightShape() {
    RandomIds ids = new RandomIds(new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));

    assertThat(ids.newWebhookId()).matches("[0-9a-f]{24}").startsWith("6955b900");
    assertThat(ids.newSecret().reveal()).matches("whsec_[A-Za-z0-9_-]{43}");
    assertThat(ids.newSecret()).isNotEqualTo(ids.newSecret());
  }

  @Test
  void theAuthorizationHeaderIsRedactedAfterSk() {
    assertThat(LoggedRequest.redact("Authorization", List.of("Bearer sk_live_abc")))
        .isEqualTo("Bearer sk_…[redacted]");
    assertThat(LoggedRequest.redact("authorization", List.of("Basic Zm9vOmJhcg==")))
        .isEqualTo("[redacted]");
    assertThat(LoggedRequest.redact("authorization", List.of("Bearer pk_1")))
        .isEqualTo("Bearer [redacted]");
    assertThat(LoggedRequest.redact("X-Api-Key", List.of("sk_1"))).isEqualTo("[redacted]");
    assertThat(LoggedRequest.redact("User-Agent", List.of("a", "b"))).isEqualTo("a, b");
  }
}
