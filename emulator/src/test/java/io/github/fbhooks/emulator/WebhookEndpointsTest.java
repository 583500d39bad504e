package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEndpointsTest extends EmulatorTestBase {

  private static final String FULL_BODY =
      Json.of(
          "{'name':'Orders','url':'https://example.com/fb','topics':['post.created','post.voted'],"
              + "'description':'to the shop','requestConfig':{'timeoutMs':8000,"
              + "'headers':{'X-Token':'t0k'}}}");

  @Test
  void createAnswers201WithTheWholeWebhookAndItsSecret() throws Exception {
    Reply r = api.post("/v2/webhooks", FULL_BODY);

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    JsonNode w = r.json();
    assertThat(w.get("object").asText()).isEqualTo("webhook");
    assertThat(w.get("id").asText()).matches("[0-9a-f]{24}");
    assertThat(w.get("name").asText()).isEqualTo("Orders");
    assertThat(w.get("url").asText()).isEqualTo("https://example.com/fb");
    assertThat(w.get("secret").asText()).matches("whsec_[A-Za-z0-9_-]{32,}");
    assertThat(w.get("description").asText()).isEqualTo("to the shop");
    assertThat(w.get("topics")).hasSize(2);
    assertThat(w.get("topics").get(1).asText()).isEqualTo("post.voted");
    assertThat(w.get("status").asText()).isEqualTo("active");
    assertThat(w.get("requestConfig").get("timeoutMs").asInt()).isEqualTo(8000);
    assertThat(w.get("requestConfig").get("headers").get("X-Token").asText()).isEqualTo("t0k");
    assertThat(w.get("lastStatus").isNull()).isTrue();
    assertThat(w.get("health").get("consecutiveFailures").asInt()).isZero();
    assertThat(w.get("health").get("errorsSinceLastSuccess").asInt()).isZero();
    assertThat(w.get("health").get("avgResponseTime").asLong()).isZero();
    assertThat(w.get("health").get("lastResponseTime").asLong()).isZero();
    assertThat(w.get("version").asText()).isEqualTo("1.0");
    assertThat(w.get("createdAt").asText()).isEqualTo("2026-03-01T10:00:30.250Z");
    assertThat(w.get("updatedAt").asText()).isEqualTo("2026-03-01T10:00:30.250Z");
    assertThat(w.fieldNames())
        .toIterable()
        .containsExactly(
            "object",
            "id",
            "name",
            "url",
            "secret",
            "description",
            "topics",
            "status",
            "requestConfig",
            "lastStatus",
            "health",
            "version",
            "createdAt",
            "updatedAt");
  }

  @Test
  void minimalCreateHasNullDescriptionAndTheDefaultRequestConfig() throws Exception {
    JsonNode w = api.create("minimal");
    String id = w.get("id").asText();

    assertThat(w.get("description").isNull()).isTrue();
    // reference §3: requestConfig is always present, timeoutMs 5000 when never set
    for (JsonNode answer :
        List.of(
            w,
            api.get("/v2/webhooks/" + id).json(),
            api.get("/v2/webhooks").json().get("data").get(0),
            api.patch("/v2/webhooks/" + id, "{\"name\":\"renamed\"}").json(),
            api.post("/v2/webhooks/" + id + "/secret", null).json())) {
      assertThat(answer.get("requestConfig").get("timeoutMs").asInt()).isEqualTo(5000);
      assertThat(answer.get("requestConfig").get("headers").size()).isZero();
    }
  }

  @Test
  void headersWithoutATimeoutGetTheDefaultTimeout() throws Exception {
    JsonNode w =
        api.post(
                "/v2/webhooks",
                Json.of(
                    "{'name':'h','url':'https://e.com','topics':['post.created'],"
                        + "'requestConfig':{'headers':{'X-A':'a'}}}"))
            .json();

    assertThat(w.get("requestConfig").get("timeoutMs").asInt()).isEqualTo(5000);
    assertThat(w.get("requestConfig").get("headers").get("X-A").asText()).isEqualTo("a");
  }

  @Test
  void everyWebhookGetsItsOwnIdAndSecret() throws Exception {
    JsonNode a = api.create("a");
    JsonNode b = api.create("b");

    assertThat(a.get("id").asText()).isNotEqualTo(b.get("id").asText());
    assertThat(a.get("secret").asText()).isNotEqualTo(b.get("secret").asText());
  }

  @Test
  void getReturnsTheWebhookWithItsSecret() throws Exception {
    JsonNode created = api.post("/v2/webhooks", FULL_BODY).json();

    Reply r = api.get("/v2/webhooks/" + created.get("id").asText());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(created);
  }

  @Test
  void patchChangesOnlyTheGivenFieldsAndUpdatedAt() throws Exception {
    JsonNode created = api.post("/v2/webhooks", FULL_BODY).json();
    String id = created.get("id").asText();
    clock.advance(Duration.ofSeconds(5));

    Reply r = api.patch("/v2/webhooks/" + id, Json.of("{'name':'Renamed'}"));

    assertThat(r.status()).isEqualTo(200);
    JsonNode w = r.json();
    assertThat(w.get("name").asText()).isEqualTo("Renamed");
    assertThat(w.get("updatedAt").asText()).isEqualTo("2026-03-01T10:00:35.250Z");
    assertThat(w.get("createdAt")).isEqualTo(created.get("createdAt"));
    for (String same : List.of("url", "secret", "description", "topics", "requestConfig")) {
      assertThat(w.get(same)).as(same).isEqualTo(created.get(same));
    }
    assertThat(api.get("/v2/webhooks/" + id).json()).isEqualTo(w);
  }

  @Test
  void patchDescriptionNullClearsIt() throws Exception {
    String id = api.post("/v2/webhooks", FULL_BODY).json().get("id").asText();

    Reply r = api.patch("/v2/webhooks/" + id, "{\"description\":null}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("description").isNull()).isTrue();
  }

  @Test
  void patchStatusPausesAndResumes() throws Exception {
    String id = api.create("s").get("id").asText();

    assertThat(
            api.patch("/v2/webhooks/" + id, "{\"status\":\"paused\"}")
                .json()
                .get("status")
                .asText())
        .isEqualTo("paused");
    assertThat(
            api.patch("/v2/webhooks/" + id, "{\"status\":\"active\"}")
                .json()
                .get("status")
                .asText())
        .isEqualTo("active");
  }

  @Test
  void patchStatusSuspendedIsRefused() throws Exception {
    String id = api.create("s").get("id").asText();

    Reply r = api.patch("/v2/webhooks/" + id, "{\"status\":\"suspended\"}");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).isEqualTo("invalid_parameter");
    assertThat(r.error().get("param").asText()).isEqualTo("status");
    assertThat(api.get("/v2/webhooks/" + id).json().get("status").asText()).isEqualTo("active");
  }

  @Test
  void patchRequestConfigMergesTimeoutAndReplacesHeaders() throws Exception {
    String id = api.post("/v2/webhooks", FULL_BODY).json().get("id").asText();

    JsonNode rc =
        api.patch("/v2/webhooks/" + id, Json.of("{'requestConfig':{'headers':{'X-New':'n'}}}"))
            .json()
            .get("requestConfig");

    assertThat(rc.get("timeoutMs").asInt()).isEqualTo(8000);
    assertThat(rc.get("headers").size()).isEqualTo(1);
    assertThat(rc.get("headers").get("X-New").asText()).isEqualTo("n");
  }

  @Test
  void requestConfigCannotBeNulledOnPatchOrCreate() throws Exception {
    JsonNode created = api.post("/v2/webhooks", FULL_BODY).json();
    String id = created.get("id").asText();

    List<Reply> refused =
        List.of(
            api.patch("/v2/webhooks/" + id, "{\"requestConfig\":null}"),
            api.patch("/v2/webhooks/" + id, "{\"requestConfig\":{\"timeoutMs\":null}}"),
            api.post(
                "/v2/webhooks",
                Json.of(
                    "{'name':'n','url':'https://e.com','topics':['post.created'],"
                        + "'requestConfig':null}")));

    for (Reply r : refused) {
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.error().get("code").asText()).isEqualTo("invalid_parameter");
      assertThat(r.error().get("param").asText()).startsWith("requestConfig");
    }
    assertThat(api.get("/v2/webhooks/" + id).json()).isEqualTo(created);
    assertThat(api.get("/v2/webhooks").json().get("data")).hasSize(1);
  }

  @Test
  void emptyPatchChangesNothing() throws Exception {
    JsonNode created = api.create("same");
    clock.advance(Duration.ofSeconds(1));

    Reply r = api.patch("/v2/webhooks/" + created.get("id").asText(), "{}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json()).isEqualTo(created);
  }

  @Test
  void deleteAnswersAJsonBodyAndTheWebhookIsGone() throws Exception {
    String id = api.create("gone").get("id").asText();

    Reply r = api.delete("/v2/webhooks/" + id);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.json().get("id").asText()).isEqualTo(id);
    assertThat(r.json().get("object").asText()).isEqualTo("webhook");
    assertThat(r.json().get("deleted").asBoolean()).isTrue();
    assertThat(r.json().size()).isEqualTo(3);
    assertThat(api.get("/v2/webhooks/" + id).status()).isEqualTo(404);
    assertThat(api.delete("/v2/webhooks/" + id).status()).isEqualTo(404);
  }

  @Test
  void refreshSecretReplacesItAtOnce() throws Exception {
    JsonNode created = api.create("rot");
    String id = created.get("id").asText();
    clock.advance(Duration.ofSeconds(2));

    Reply r = api.post("/v2/webhooks/" + id + "/secret", null);

    assertThat(r.status()).isEqualTo(200);
    String newSecret = r.json().get("secret").asText();
    assertThat(newSecret).matches("whsec_[A-Za-z0-9_-]{32,}");
    assertThat(newSecret).isNotEqualTo(created.get("secret").asText());
    assertThat(r.json().get("updatedAt").asText()).isEqualTo("2026-03-01T10:00:32.250Z");
    assertThat(api.get("/v2/webhooks/" + id).json().get("secret").asText()).isEqualTo(newSecret);
  }

  @Test
  void refreshSecretAcceptsAnEmptyBodyButNoParameters() throws Exception {
    String id = api.create("rot").get("id").asText();
    String secret = api.get("/v2/webhooks/" + id).json().get("secret").asText();

    assertThat(api.post("/v2/webhooks/" + id + "/secret", "{}").status()).isEqualTo(200);
    Reply withField = api.post("/v2/webhooks/" + id + "/secret", "{\"secret\":\"whsec_mine\"}");
    assertThat(withField.status()).isEqualTo(400);
    assertThat(withField.error().get("code").asText()).isEqualTo("parameter_not_supported");
    assertThat(withField.error().get("param").asText()).isEqualTo("secret");
    Reply garbage = api.post("/v2/webhooks/" + id + "/secret", "nope");
    assertThat(garbage.error().get("code").asText()).isEqualTo("invalid_request");
    assertThat(api.get("/v2/webhooks/" + id).json().get("secret").asText()).isNotEqualTo(secret);
  }

  @Test
  void malformedIdIs400InvalidIdOnEveryIdEndpoint() throws Exception {
    List<Reply> replies = new ArrayList<>();
    replies.add(api.get("/v2/webhooks/123"));
    replies.add(api.patch("/v2/webhooks/ABCDEFABCDEFABCDEFABCDEF", "{}"));
    replies.add(api.delete("/v2/webhooks/zzz"));
    replies.add(api.post("/v2/webhooks/0123456789abcdef0123456/secret", null));

    for (Reply r : replies) {
      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.error().get("type").asText()).isEqualTo("invalid_request_error");
      assertThat(r.error().get("code").asText()).isEqualTo("invalid_id");
      assertThat(r.error().get("status").asInt()).isEqualTo(400);
    }
  }

  @Test
  void unknownIdIs404WebhookNotFound() throws Exception {
    String unknown = "0123456789abcdef01234567";
    List<Reply> replies =
        List.of(
            api.get("/v2/webhooks/" + unknown),
            api.patch("/v2/webhooks/" + unknown, "{\"name\":\"x\"}"),
            api.delete("/v2/webhooks/" + unknown),
            api.post("/v2/webhooks/" + unknown + "/secret", null));

    for (Reply r : replies) {
      assertThat(r.status()).as(r.toString()).isEqualTo(404);
      JsonNode e = r.error();
      assertThat(e.get("type").asText()).isEqualTo("invalid_request_error");
      assertThat(e.get("code").asText()).isEqualTo("webhook_not_found");
      assertThat(e.get("status").asInt()).isEqualTo(404);
      assertThat(e.get("message").asText()).contains(unknown);
      assertThat(e.has("details")).isFalse();
    }
  }

  @Test
  void theEleventhWebhookIsRefusedWith400InvalidRequest() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(api.create("w" + i).get("id").asText());
    }

    Reply eleventh =
        api.post(
            "/v2/webhooks",
            Json.of("{'name':'w10','url':'https://e.com','topics':['post.created']}"));

    assertThat(eleventh.status()).isEqualTo(400);
    assertThat(eleventh.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(eleventh.error().get("code").asText()).isEqualTo("invalid_request");
    assertThat(eleventh.error().get("message").asText())
        .isEqualTo("Maximum number of webhooks reached for this organization");
    assertThat(api.get("/v2/webhooks?limit=100").json().get("data")).hasSize(10);

    api.delete("/v2/webhooks/" + ids.get(0));
    assertThat(api.create("after delete").get("name").asText()).isEqualTo("after delete");
  }

  @Test
  void maxWebhooksRaisesTheLimitAsAWorkspacePlanCan() throws Exception {
    restart(EmulatorOptions.builder().maxWebhooks(12).build());
    for (int i = 0; i < 12; i++) {
      api.create("w" + i);
    }

    Reply thirteenth =
        api.post(
            "/v2/webhooks",
            Json.of("{'name':'w12','url':'https://e.com','topics':['post.created']}"));

    assertThat(thirteenth.status()).isEqualTo(400);
    assertThat(thirteenth.error().get("code").asText()).isEqualTo("invalid_request");
    assertThat(api.get("/v2/webhooks?limit=100").json().get("data")).hasSize(12);
  }

  @Test
  void patchActiveResetsHealthCounters() throws Exception {
    // a seeded suspended webhook with failures, as Featurebase would leave it
    Path seed = Files.createTempFile("seed", ".json");
    Files.writeString(
        seed,
        Json.of(
            "{'webhooks':[{'id':'aaaaaaaaaaaaaaaaaaaaaaaa','name':'sick','url':'https://e.com',"
                + "'topics':['post.created'],'status':'suspended','health':{'avgResponseTime':120,"
                + "'lastResponseTime':5000,'consecutiveFailures':7,'errorsSinceLastSuccess':9,"
                + "'lastSuccessAt':'2026-02-01T00:00:00Z'}}]}"));
    restart(options().toBuilder().seedFile(seed).build());
    String path = "/v2/webhooks/aaaaaaaaaaaaaaaaaaaaaaaa";
    assertThat(api.get(path).json().get("health").get("consecutiveFailures").asInt()).isEqualTo(7);

    JsonNode w = api.patch(path, "{\"status\":\"active\"}").json();

    assertThat(w.get("status").asText()).isEqualTo("active");
    assertThat(w.get("health").get("consecutiveFailures").asInt()).isZero();
    assertThat(w.get("health").get("errorsSinceLastSuccess").asInt()).isZero();
    assertThat(w.get("health").get("avgResponseTime").asLong()).isEqualTo(120);
    assertThat(w.get("health").get("lastSuccessAt").asText()).isEqualTo("2026-02-01T00:00:00.000Z");
    Files.delete(seed);
  }

  @Test
  void unknownPathsAre404AndWrongMethods405InTheEnvelope() throws Exception {
    Reply unknown = api.get("/v2/hooks");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(unknown.header("Content-Type")).isEqualTo("application/json");
    assertThat(api.get("/v2/webhooks/0123456789abcdef01234567/other").status()).isEqualTo(404);
    assertThat(api.get("/elsewhere").status()).isEqualTo(404);

    Reply put = api.call("PUT", "/v2/webhooks").body("{}").send();
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.error().get("status").asInt()).isEqualTo(405);
    assertThat(put.header("Allow")).isEqualTo("GET, POST");
    Reply getSecret = api.get("/v2/webhooks/0123456789abcdef01234567/secret");
    assertThat(getSecret.status()).isEqualTo(405);
    assertThat(getSecret.header("Allow")).isEqualTo("POST");
  }

  @Test
  void aTrailingSlashIsTheSameEndpoint() throws Exception {
    assertThat(api.get("/v2/webhooks/").status()).isEqualTo(200);
  }
}
