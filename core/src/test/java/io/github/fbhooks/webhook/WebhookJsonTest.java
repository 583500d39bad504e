package io.github.fbhooks.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.api.WebhookPage;
import io.github.fbhooks.json.JsonMappers;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookJsonTest {

  private static final String WEBHOOK =
      """
      {"object":"webhook","id":"507f1f77bcf86cd799439011","name":"Production Webhook",
       "url":"https://example.com/webhooks","secret":"whsec_abc","description":null,
       "topics":["post.created","post.updated"],"status":"active",
       "requestConfig":{"timeoutMs":5000,"headers":{"X-Receiver-Token":"tok-123"}},
       "lastStatus":{"code":200,"message":"OK","timestamp":"2026-01-02T03:04:05Z"},
       "health":{"avgResponseTime":120,"lastResponseTime":98,"consecutiveFailures":0,
                 "errorsSinceLastSuccess":0,"lastSuccessAt":"2026-01-02T03:04:05Z"},
       "version":"1.0","createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-02T00:00:00.123Z",
       "someFieldFromANewerVersion":{"x":1}}
      """;

  @Test
  void readsTheDocumentedShapeAndIgnoresUnknownFields() throws Exception {
    Webhook webhook = JsonMappers.json().readValue(WEBHOOK, Webhook.class);

    assertThat(webhook.id()).isEqualTo("507f1f77bcf86cd799439011");
    assertThat(webhook.secret().reveal()).isEqualTo("whsec_abc");
    assertThat(webhook.description()).isNull();
    assertThat(webhook.topics()).containsExactly("post.created", "post.updated");
    assertThat(webhook.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(webhook.requestConfig().headers()).containsEntry("X-Receiver-Token", "tok-123");
    assertThat(webhook.health().avgResponseTime()).isEqualTo(120L);
    assertThat(webhook.lastStatus().timestamp()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(webhook.updatedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00.123Z"));
  }

  @Test
  void anUnknownStatusDoesNotBreakReading() throws Exception {
    Webhook webhook =
        JsonMappers.json().readValue(WEBHOOK.replace("\"active\"", "\"archived\""), Webhook.class);

    assertThat(webhook.status()).isEqualTo(WebhookStatus.UNKNOWN);
  }

  @Test
  void printsNeitherSecretNorHeaderValues() throws Exception {
    Webhook webhook = JsonMappers.json().readValue(WEBHOOK, Webhook.class);

    assertThat(webhook.toString()).doesNotContain("whsec_abc").doesNotContain("tok-123");
    assertThat(JsonMappers.json().writeValueAsString(webhook)).doesNotContain("whsec_abc");
  }

  @Test
  void readsAListPage() throws Exception {
    WebhookPage page =
        JsonMappers.json()
            .readValue(
                "{\"object\":\"list\",\"data\":[" + WEBHOOK + "],\"nextCursor\":null}",
                WebhookPage.class);

    assertThat(page.data()).hasSize(1);
    assertThat(page.isLastPage()).isTrue();
  }

  @Test
  void requestConfigToStringNamesHeadersOnly() {
    RequestConfig config = new RequestConfig(5000, Map.of("Authorization", "Bearer xyz"));

    assertThat(config.toString()).contains("Authorization").doesNotContain("xyz");
  }
}
