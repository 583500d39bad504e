package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.API_KEY;
import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.ID_2;
import static io.github.fbhooks.api.Fixtures.WEBHOOK_SECRET;
import static io.github.fbhooks.api.Fixtures.pageJson;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Recorded;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookPage;
import io.github.fbhooks.webhook.WebhookStatus;
import io.github.fbhooks.webhook.WebhookUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeaturebaseClientEndpointsTest {

  private final StubServer stub = StubServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final FeaturebaseClient client = Fixtures.client(stub, sleeper);

  @AfterEach
  void stop() {
    stub.close();
  }

  private static JsonNode json(Recorded request) throws Exception {
    return JsonMappers.json().readTree(request.body());
  }

  @Test
  void listSendsOnlyTheGivenQueryParameters() {
    stub.enqueue(Reply.json(200, pageJson(null, webhookJson(ID, "a"))));
    stub.enqueue(Reply.json(200, pageJson("c2")));

    WebhookPage first = client.list(null, null, null);
    WebhookPage second = client.list(25, "abc", "paused");

    assertThat(first.data()).extracting(Webhook::id).containsExactly(ID);
    assertThat(first.isLastPage()).isTrue();
    assertThat(second.nextCursor()).isEqualTo("c2");
    List<Recorded> requests = stub.requests();
    assertThat(requests.get(0).method()).isEqualTo("GET");
    assertThat(requests.get(0).path()).isEqualTo("/v2/webhooks");
    assertThat(requests.get(0).query()).isNull();
    assertThat(requests.get(1).query()).isEqualTo("limit=25&cursor=abc&status=paused");
  }

  @Test
  void listAllFollowsCursorsWithPagesOf100() {
    stub.enqueue(
        Reply.json(200, pageJson("cur1", webhookJson(ID, "a"))),
        Reply.json(200, pageJson("cur2", webhookJson(ID_2, "b"))),
        Reply.json(200, pageJson(null)));

    List<Webhook> all = client.listAll();

    assertThat(all).extracting(Webhook::name).containsExactly("a", "b");
    assertThat(stub.requests())
        .extracting(Recorded::query)
        .containsExactly("limit=100", "limit=100&cursor=cur1", "limit=100&cursor=cur2");
  }

  @Test
  void listAllStopsWhenACursorComesBack() {
    stub.enqueue(
        Reply.json(200, pageJson("loop", webhookJson(ID, "a"))),
        Reply.json(200, pageJson("other")),
        Reply.json(200, pageJson("loop")));

    assertThatThrownBy(client::listAll)
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /v2/webhooks")
        .hasMessageContaining("nextCursor 'loop' came back after 3 pages");
    assertThat(stub.requests()).hasSize(3);
  }

  @Test
  void createPostsTheBodyAndReadsThe201() throws Exception {
    stub.enqueue(Reply.json(201, webhookJson(ID, "orders")));
    WebhookCreate body =
        new WebhookCreate(
            "orders",
            "https://example.com/hook",
            List.of("post.created", "post.voted"),
            null,
            new RequestConfig(null, Map.of("X-Token", "t0ken")));

    Webhook created = client.create(body);

    assertThat(created.id()).isEqualTo(ID);
    assertThat(created.secret().reveal()).isEqualTo(WEBHOOK_SECRET);
    assertThat(created.requestConfig().headers()).containsEntry("X-Token", "header-value-1");
    Recorded request = stub.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v2/webhooks");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    JsonNode sent = json(request);
    assertThat(sent.get("name").asText()).isEqualTo("orders");
    assertThat(sent.get("topics")).hasSize(2);
    assertThat(sent.has("description")).isFalse();
    assertThat(sent.has("status")).isFalse();
    assertThat(sent.at("/requestConfig/headers/X-Token").asText()).isEqualTo("t0ken");
  }

  @Test
  void getReadsOneWebhookIgnoringUnknownFields() {
    stub.enqueue(Reply.json(200, webhookJson(ID, "orders")));

    Webhook webhook = client.get(ID);

    assertThat(webhook.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(webhook.createdAt()).hasToString("2026-01-02T03:04:05Z");
    Recorded request = stub.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/v2/webhooks/" + ID);
    assertThat(request.body()).isEmpty();
  }

  @Test
  void updateIsARealPatchAndSendsNullToClearTheDescription() throws Exception {
    stub.enqueue(Reply.json(200, webhookJson(ID, "renamed")));

    client.update(
        ID,
        WebhookUpdate.builder()
            .name("renamed")
            .clearDescription()
            .status(WebhookStatus.PAUSED)
            .build());

    Recorded request = stub.onlyRequest();
    assertThat(request.method()).isEqualTo("PATCH");
    assertThat(request.path()).isEqualTo("/v2/webhooks/" + ID);
    assertThat(request.header("X-HTTP-Method-Override")).isNull();
    JsonNode sent = json(request);
    assertThat(sent.size()).isEqualTo(3);
    assertThat(sent.has("description")).isTrue();
    assertThat(sent.get("description").isNull()).isTrue();
    assertThat(sent.get("status").asText()).isEqualTo("paused");
  }

  @Test
  void deleteReadsTheDeletionBody() {
    stub.enqueue(
        Reply.json(200, "{\"id\":\"" + ID + "\",\"object\":\"webhook\",\"deleted\":true}"));

    DeletedWebhook deleted = client.delete(ID);

    assertThat(deleted.id()).isEqualTo(ID);
    assertThat(deleted.deleted()).isTrue();
    assertThat(stub.onlyRequest().method()).isEqualTo("DELETE");
    assertThat(stub.onlyRequest().path()).isEqualTo("/v2/webhooks/" + ID);
  }

  @Test
  void refreshSecretPostsWithoutBody() {
    stub.enqueue(Reply.json(200, webhookJson(ID, "orders")));

    Webhook refreshed = client.refreshSecret(ID);

    assertThat(refreshed.secret().reveal()).isEqualTo(WEBHOOK_SECRET);
    Recorded request = stub.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v2/webhooks/" + ID + "/secret");
    assertThat(request.body()).isEmpty();
    assertThat(request.header("Content-Type")).isNull();
  }

  @Test
  void everyRequestSendsKeyVersionUserAgentAndAccept() {
    stub.enqueue(Reply.json(200, pageJson(null)), Reply.json(200, webhookJson(ID, "x")));

    client.list(null, null, null);
    client.refreshSecret(ID);

    for (Recorded request : stub.requests()) {
      assertThat(request.headers().get("Authorization")).containsExactly("Bearer " + API_KEY);
      assertThat(request.headers().get("Featurebase-Version")).containsExactly("2026-01-01.nova");
      assertThat(request.headers().get("Accept")).containsExactly("application/json");
      assertThat(request.header("User-Agent"))
          .matches("fbhooks/\\S+ \\(Java " + System.getProperty("java.version") + "\\)")
          .doesNotContain("${");
      assertThat(request.header("X-API-Key")).isNull();
    }
  }

  @Test
  void sendsTheConfiguredVersion() {
    stub.enqueue(Reply.json(200, pageJson(null)));
    FeaturebaseClient orbit =
        Fixtures.client(
            Fixtures.settings(stub.baseUrl()).toBuilder().apiVersion(ApiVersion.ORBIT).build(),
            BuildLog.NONE,
            sleeper);

    orbit.list(null, null, null);

    assertThat(stub.onlyRequest().header("Featurebase-Version")).isEqualTo("2026-08-19.orbit");
  }

  @Test
  void cloverIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(
            () ->
                Fixtures.client(
                    Fixtures.settings(stub.baseUrl()).toBuilder()
                        .apiVersion(ApiVersion.CLOVER)
                        .build(),
                    BuildLog.NONE,
                    sleeper))
        .isInstanceOfSatisfying(
            UnsupportedApiVersionException.class,
            e -> {
              assertThat(e.version()).isEqualTo(ApiVersion.CLOVER);
              assertThat(e.outcomeUnknown()).isFalse();
              assertThat(e.isTransient()).isFalse();
              assertThat(e.attempts()).isZero();
            })
        .hasMessage(
            "Featurebase API version 2025-12-12.clover has no webhook endpoints; use"
                + " 2026-01-01.nova or later (apiVersion=2026-01-01.nova).");
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void idsThatWouldChangeThePathAreRefusedLocally() {
    assertThatThrownBy(() -> client.get("../secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'../secret'");
    assertThatThrownBy(() -> client.delete(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void aBaseUrlWithAPathPrefixIsKept() {
    stub.enqueue(Reply.json(200, pageJson(null)));
    FeaturebaseClient prefixed =
        Fixtures.client(
            Fixtures.settings(stub.baseUrl().resolve("/emulator/")), BuildLog.NONE, sleeper);

    prefixed.list(null, null, null);

    assertThat(stub.onlyRequest().path()).isEqualTo("/emulator/v2/webhooks");
  }
}
