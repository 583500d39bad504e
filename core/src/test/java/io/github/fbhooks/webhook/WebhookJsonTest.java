package io.github.fbhooks.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire records as the one wire mapper reads and writes them (client and emulator alike). */
class WebhookJsonTest {

  private static final ObjectMapper WIRE = JsonMappers.wire();

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
    Webhook webhook = WIRE.readValue(WEBHOOK, Webhook.class);

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
    Webhook webhook = WIRE.readValue(WEBHOOK.replace("\"active\"", "\"archived\""), Webhook.class);

    assertThat(webhook.status()).isEqualTo(WebhookStatus.UNKNOWN);
  }

  @Test
  void printsNeitherSecretNorHeaderValues() throws Exception {
    Webhook webhook = WIRE.readValue(WEBHOOK, Webhook.class);

    assertThat(webhook.toString()).doesNotContain("whsec_abc").doesNotContain("tok-123");
    assertThat(WIRE.writeValueAsString(webhook)).doesNotContain("whsec_abc");
  }

  @Test
  void readsAListPage() throws Exception {
    WebhookPage page =
        WIRE.readValue(
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

  @Test
  void unknownFieldsAtEveryLevelAreIgnored() throws Exception {
    Webhook webhook =
        WIRE.readValue(
            json(
                "{'id':'507f1f77bcf86cd799439011','future':{'x':[1,2]},"
                    + "'requestConfig':{'timeoutMs':5000,'headers':{'X-A':'1'},'retries':3},"
                    + "'health':{'p99':7},'lastStatus':{'code':500,'attempt':2}}"),
            Webhook.class);

    assertThat(webhook.requestConfig()).isEqualTo(new RequestConfig(5000, Map.of("X-A", "1")));
    assertThat(webhook.health().avgResponseTime()).isNull();
    assertThat(webhook.lastStatus().code()).isEqualTo(500);
    assertThat(webhook.topics()).isEmpty();
    assertThat(webhook.secret()).isNull();
  }

  @Test
  void scalarsAreCoercedAndTimestampsAreIsoTextOrEpochSeconds() throws Exception {
    Webhook webhook =
        WIRE.readValue(
            json(
                "{'id':'507f1f77bcf86cd799439011','name':42,'version':1.0,'description':true,"
                    + "'requestConfig':{'timeoutMs':'5000'},'health':{'consecutiveFailures':3.0,"
                    + "'avgResponseTime':'','lastResponseTime':87.9,'lastSuccessAt':1767225600.5},"
                    + "'lastStatus':{'code':'200','timestamp':'2026-01-01T01:00:00+01:00'},"
                    + "'createdAt':1767225600}"),
            Webhook.class);

    assertThat(webhook.name()).isEqualTo("42");
    assertThat(webhook.version()).isEqualTo("1.0");
    assertThat(webhook.description()).isEqualTo("true");
    assertThat(webhook.requestConfig().timeoutMs()).isEqualTo(5000);
    assertThat(webhook.health().consecutiveFailures()).isEqualTo(3);
    assertThat(webhook.health().avgResponseTime()).isNull();
    assertThat(webhook.health().lastResponseTime()).isEqualTo(87L);
    assertThat(webhook.health().lastSuccessAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.5Z"));
    assertThat(webhook.lastStatus().code()).isEqualTo(200);
    assertThat(webhook.lastStatus().timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(webhook.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void deletionsAndErrorsAreReadLeniently() throws Exception {
    assertThat(
            WIRE.readValue(
                json("{'id':'507f1f77bcf86cd799439011','deleted':'true'}"), DeletedWebhook.class))
        .isEqualTo(new DeletedWebhook("507f1f77bcf86cd799439011", true));
    assertThat(
            WIRE.readValue(json("{'id':'507f1f77bcf86cd799439011'}"), DeletedWebhook.class)
                .deleted())
        .isFalse();
    ApiError error =
        WIRE.readValue(
                json(
                    "{'error':{'type':'invalid_request_error','code':'invalid_parameter',"
                        + "'message':'Bad','status':'400','param':'topics',"
                        + "'details':[{'path':'topics[0]','message':'no','hint':1}],'doc':'x'}}"),
                ApiError.Envelope.class)
            .error();
    assertThat(error)
        .isEqualTo(
            new ApiError(
                "invalid_request_error",
                "invalid_parameter",
                "Bad",
                400,
                "topics",
                List.of(new ApiError.Detail("topics[0]", "no"))));
  }

  @Test
  void answersAreWrittenInTheDocumentedOrderWithMillisecondTimestamps() throws Exception {
    Webhook webhook = WIRE.readValue(WEBHOOK, Webhook.class);

    String written = WIRE.writeValueAsString(webhook);

    assertThat(written)
        .startsWith("{\"object\":\"webhook\",\"id\":\"507f1f77bcf86cd799439011\",\"name\":")
        .contains("\"secret\":\"" + Secret.REDACTED + "\"")
        .contains("\"createdAt\":\"2026-01-01T00:00:00.000Z\"")
        .endsWith("\"updatedAt\":\"2026-01-02T00:00:00.123Z\"}");
    assertThat(WIRE.writeValueAsString(new WebhookPage(List.of(), null)))
        .isEqualTo("{\"object\":\"list\",\"data\":[],\"nextCursor\":null}");
    assertThat(WIRE.writeValueAsString(new DeletedWebhook("507f1f77bcf86cd799439011", true)))
        .isEqualTo("{\"id\":\"507f1f77bcf86cd799439011\",\"object\":\"webhook\",\"deleted\":true}");
  }

  @Test
  void onlyAWriterThatAsksForItWritesSecretsInClear() throws Exception {
    Webhook webhook = WIRE.readValue(WEBHOOK, Webhook.class);

    assertThat(
            WIRE.writer()
                .withAttribute(JsonMappers.REVEAL_SECRETS, true)
                .writeValueAsString(webhook))
        .contains("\"secret\":\"whsec_abc\"");
    assertThat(WIRE.writeValueAsString(webhook)).doesNotContain("whsec_abc");
  }

  @Test
  void charactersBeyondTheBasicPlaneAreWrittenAsUtf8() throws Exception {
    // Jackson's byte generators once wrote them as two 3-byte surrogates, which is not UTF-8
    String name = "Deploys \uD83D\uDE80";
    byte[] body =
        WIRE.writeValueAsBytes(
            new WebhookCreate(
                name, "https://example.com/hooks", List.of("post.created"), null, null));

    String decoded =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body))
            .toString();
    assertThat(decoded).contains(name);
  }

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
