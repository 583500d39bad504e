package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.WEBHOOK_SECRET;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookStatus;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the client's Feign codec, over the one wire mapper, makes of bodies on the wire: lenient
 * where an API that grows needs it, strict about shape, and never quoting a value.
 */
class WireDecodingTest {

  private final StubServer stub = StubServer.start();
  private final FeaturebaseClient client =
      Fixtures.client(
          Fixtures.settings(stub.baseUrl()).toBuilder().retryPolicy(RetryPolicy.none()).build(),
          BuildLog.NONE,
          new RecordingSleeper());

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void aValueOfTheWrongKindIsNamedByItsPathNeverByItsValue() {
    String leak = WEBHOOK_SECRET + "-leak";
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("{'id':'" + ID + "','topics':['a',null]}", "data[0].topics[1]");
    pages.put("{'id':'" + ID + "','url':{'x':'" + leak + "'}}", "data[0].url");
    pages.put(
        "{'id':'" + ID + "','health':{'consecutiveFailures':'" + leak + "'}}",
        "data[0].health.consecutiveFailures");
    pages.put("{'id':'" + ID + "','createdAt':'" + leak + "'}", "data[0].createdAt");
    pages.put(
        "{'id':'" + ID + "','requestConfig':{'timeoutMs':3000000000}}",
        "data[0].requestConfig.timeoutMs");
    pages.put(
        "{'id':'" + ID + "','requestConfig':{'headers':{'X-A':['" + leak + "']}}}",
        "data[0].requestConfig.headers.X-A");
    pages.put("7", "data[0]");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      stub.enqueue(
          Reply.json(
              200,
              ("{'object':'list','data':[{'id':'" + ID + "'}," + page.getKey() + "]}")
                  .replace("data[0]", "data[1]")
                  .replace('\'', '"')));

      MalformedResponseException e =
          catchThrowableOfType(MalformedResponseException.class, client::listAll);

      String path = page.getValue().replace("data[0]", "data[1]");
      assertThat(e.problem())
          .as(page.getKey())
          .isEqualTo("JSON of the wrong shape for a list of webhooks at '" + path + "'");
      assertThat(e.getMessage()).doesNotContain("leak").doesNotContain("whsec_");
      assertThat(e.getCause()).isNull();
    }
  }

  @Test
  void aNewerApiVersionsFieldsAndStatusesAreRead() {
    stub.enqueue(
        Reply.json(
            200,
            webhookJson(ID, "orders")
                .replace("\"active\"", "\"archived\"")
                .replace("\"timeoutMs\":5000", "\"timeoutMs\":5000,\"retries\":3")));

    Webhook webhook = client.get(ID);

    assertThat(webhook.status()).isEqualTo(WebhookStatus.UNKNOWN);
    assertThat(webhook.requestConfig().timeoutMs()).isEqualTo(5000);
  }

  @Test
  void errorDetailsThatCannotBeReadAreLeftOutNotTheError() {
    stub.enqueue(
        Reply.json(
            400,
            "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"Bad topics\",\"status\":\"400\","
                + "\"details\":[{\"path\":{}},7]}}"));

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID));

    assertThat(e.code()).isEqualTo("invalid_parameter");
    assertThat(e.apiMessage()).isEqualTo("Bad topics");
  }

  @Test
  void anErrorOfAnotherShapeStillShowsItsMessage() {
    stub.enqueue(
        Reply.json(400, "{\"error\":\"flat\",\"message\":\"Validation error: url\"}"),
        Reply.json(500, "[\"not\",\"an\",\"object\"]"));

    InvalidRequestException flat =
        catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID));
    ServerErrorException array =
        catchThrowableOfType(ServerErrorException.class, () -> client.get(ID));

    assertThat(flat.apiMessage()).isEqualTo("Validation error: url");
    assertThat(array.status()).isEqualTo(500);
  }

  @Test
  void charactersBeyondTheBasicPlaneAreSentAsUtf8() throws Exception {
    String name = "Deploys \uD83D\uDE80";
    stub.enqueue(Reply.json(201, webhookJson(ID, "orders")));

    client.create(
        new WebhookCreate(name, "https://example.com/hooks", List.of("post.created"), null, null));

    byte[] sent = stub.onlyRequest().body();
    String decoded =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(sent))
            .toString();
    assertThat(decoded).contains(name);
  }
}
