package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminApiTest extends EmulatorTestBase {

  @TempDir Path dir;

  @Test
  void healthIsOkWithoutAKey() throws Exception {
    Reply r = api.admin("GET", "/__emulator/health", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.json().get("status").asText()).isEqualTo("ok");
    assertThat(r.header("X-RateLimit-Limit")).isNull();
  }

  @Test
  void theLogRedactsHeaderValuesAndSecretsInBodies() throws Exception {
    api.post(
        "/v2/webhooks",
        Json.of(
            "{'name':'h','url':'https://e.com/h','topics':['post.created'],"
                + "'requestConfig':{'timeoutMs':5000,'headers':{'X-Token':'rt-4711-secret'}}}"));

    String log = api.admin("GET", "/__emulator/requests", null).body();
    JsonNode body =
        api.admin("GET", "/__emulator/requests", null).json().get("requests").get(0).get("body");

    assertThat(log).doesNotContain("rt-4711-secret");
    assertThat(body.get("requestConfig").get("headers").get("X-Token").asText())
        .isEqualTo("[redacted]");
    assertThat(body.get("requestConfig").get("timeoutMs").asInt()).isEqualTo(5000);
    assertThat(body.get("name").asText()).isEqualTo("h");
  }

  @Test
  void theLogRecordsEveryApiRequestInOrder() throws Exception {
    JsonNode w = api.create("logged");
    String id = w.get("id").asText();
    api.get("/v2/webhooks?limit=2");
    api.call("GET", "/v2/webhooks").header("Authorization", null).send();
    api.admin("GET", "/__emulator/faults", null);

    JsonNode log = api.admin("GET", "/__emulator/requests", null).json().get("requests");

    assertThat(log).hasSize(3);
    JsonNode create = log.get(0);
    assertThat(create.get("method").asText()).isEqualTo("POST");
    assertThat(create.get("path").asText()).isEqualTo("/v2/webhooks");
    assertThat(create.get("query").isNull()).isTrue();
    assertThat(create.get("status").asInt()).isEqualTo(201);
    assertThat(create.get("body").get("name").asText()).isEqualTo("logged");
    assertThat(create.get("headers").get("featurebase-version").asText())
        .isEqualTo(TestClient.NOVA);
    assertThat(create.get("headers").get("content-type").asText()).isEqualTo("application/json");
    assertThat(create.get("at").asText()).isEqualTo("2026-03-01T10:00:30.250Z");
    assertThat(log.get(1).get("query").asText()).isEqualTo("limit=2");
    assertThat(log.get(1).get("body").isNull()).isTrue();
    assertThat(log.get(2).get("status").asInt()).isEqualTo(401);
    assertThat(id).isNotBlank();
  }

  @Test
  void theLogRedactsTheKeyAndKeepsNoResponseBodies() throws Exception {
    JsonNode w = api.create("secretive");
    api.post("/v2/webhooks/" + w.get("id").asText() + "/secret", null);
    api.get("/v2/webhooks");

    Reply r = api.admin("GET", "/__emulator/requests", null);

    assertThat(r.json().get("requests").get(0).get("headers").get("authorization").asText())
        .isEqualTo("Bearer sk_…[redacted]");
    assertThat(r.body())
        .doesNotContain(TestClient.API_KEY.substring(3))
        .doesNotContain("whsec_")
        .doesNotContain(w.get("secret").asText());
  }

  @Test
  void clearingTheLogEmptiesIt() throws Exception {
    api.get("/v2/webhooks");

    assertThat(api.admin("DELETE", "/__emulator/requests", null).json().get("deleted").asInt())
        .isEqualTo(1);
    assertThat(api.admin("GET", "/__emulator/requests", null).json().get("requests")).isEmpty();
  }

  @Test
  void resetRestoresTheSeedAndClearsEverything() throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        Json.of(
            "[{'id':'bbbbbbbbbbbbbbbbbbbbbbbb','name':'seeded','url':'https://e.com',"
                + "'topics':['post.created'],'secret':'whsec_seeded_secret_value_1234567890'}]"));
    restart(options().toBuilder().seedFile(seed).rateLimitPerMinute(5).build());
    String seeded = "/v2/webhooks/bbbbbbbbbbbbbbbbbbbbbbbb";
    api.patch(seeded, "{\"name\":\"changed\"}");
    api.post(seeded + "/secret", null);
    api.create("extra");
    api.admin(
        "POST", "/__emulator/faults", Json.of("{'path':'/v2/**','action':'respond','status':500}"));

    Reply reset = api.admin("POST", "/__emulator/reset", null);

    assertThat(reset.status()).isEqualTo(200);
    assertThat(api.admin("GET", "/__emulator/requests", null).json().get("requests")).isEmpty();
    assertThat(api.admin("GET", "/__emulator/faults", null).json().get("faults")).isEmpty();
    Reply list = api.get("/v2/webhooks");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("X-RateLimit-Remaining")).isEqualTo("4");
    JsonNode data = list.json().get("data");
    assertThat(data).hasSize(1);
    assertThat(data.get(0).get("name").asText()).isEqualTo("seeded");
    assertThat(data.get(0).get("secret").asText())
        .isEqualTo("whsec_seeded_secret_value_1234567890");
  }

  @Test
  void resetWithoutASeedEmptiesTheWorkspace() throws Exception {
    api.create("a");

    api.admin("POST", "/__emulator/reset", null);

    assertThat(api.get("/v2/webhooks").json().get("data")).isEmpty();
  }

  @Test
  void adminRequestsNeedNoKeyAndAreNeverRateLimited() throws Exception {
    restart(options().toBuilder().rateLimitPerMinute(1).build());

    for (int i = 0; i < 5; i++) {
      assertThat(api.admin("GET", "/__emulator/requests", null).status()).isEqualTo(200);
    }
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);
  }

  @Test
  void unknownAdminPathsAre404AndWrongMethods405() throws Exception {
    Reply unknown = api.admin("GET", "/__emulator/nothing", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.error().get("type").asText()).isEqualTo("invalid_request_error");

    Reply wrong = api.admin("GET", "/__emulator/reset", null);
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.header("Allow")).isEqualTo("POST");
    assertThat(api.admin("PUT", "/__emulator/faults", "{}").status()).isEqualTo(405);
  }
}
