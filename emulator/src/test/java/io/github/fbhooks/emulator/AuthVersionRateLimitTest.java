package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthVersionRateLimitTest extends EmulatorTestBase {

  private static void assertUnauthorized(Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(401);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    JsonNode e = r.error();
    assertThat(e.get("type").asText()).isEqualTo("authentication_error");
    assertThat(e.get("code").asText()).isEqualTo("invalid_api_key");
    assertThat(e.get("status").asInt()).isEqualTo(401);
    assertThat(r.header("X-RateLimit-Limit")).isNull();
  }

  @Test
  void aMissingAuthorizationHeaderIs401() throws Exception {
    assertUnauthorized(api.call("GET", "/v2/webhooks").header("Authorization", null).send());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer",
        "Bearer ",
        "Bearer pk_live_123",
        "Basic c2tfeDp5",
        "sk_test_abc",
        "Bearer sk_"
      })
  void malformedAuthorizationIs401(String value) throws Exception {
    Reply r = api.call("GET", "/v2/webhooks").header("Authorization", value).send();

    assertUnauthorized(r);
    assertThat(r.body()).doesNotContain("pk_live_123").doesNotContain("c2tfeDp5");
  }

  @Test
  void anySkKeyIsAcceptedWhenNoneIsConfigured() throws Exception {
    Reply r = api.call("GET", "/v2/webhooks").header("Authorization", "bearer sk_whatever").send();

    assertThat(r.status()).isEqualTo(200);
  }

  @Test
  void aConfiguredKeyIsTheOnlyOneAccepted() throws Exception {
    restart(options().toBuilder().apiKey(Secret.of(TestClient.API_KEY)).build());

    assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);
    Reply wrong =
        api.call("GET", "/v2/webhooks").header("Authorization", "Bearer sk_live_other999").send();
    assertUnauthorized(wrong);
    assertThat(wrong.body()).doesNotContain("sk_live_other999").doesNotContain(TestClient.API_KEY);
  }

  @Test
  void authenticationIsCheckedBeforeTheVersionAndTheRoute() throws Exception {
    assertUnauthorized(
        api.call("GET", "/v2/nothing")
            .header("Authorization", null)
            .header("Featurebase-Version", "junk")
            .send());
  }

  @Test
  void withoutAVersionHeaderTheDefaultApplies() throws Exception {
    assertThat(api.call("GET", "/v2/webhooks").header("Featurebase-Version", null).send().status())
        .isEqualTo(200);
  }

  @Test
  void cloverHasNoWebhookEndpoints() throws Exception {
    Reply r =
        api.call("GET", "/v2/webhooks").header("Featurebase-Version", "2025-12-12.clover").send();

    assertThat(r.status()).isEqualTo(404);
    JsonNode e = r.error();
    assertThat(e.get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(e.get("code").asText()).isEqualTo("version_not_supported");
    assertThat(e.get("message").asText()).contains("2026-01-01.nova");
    assertThat(r.header("X-RateLimit-Limit")).isNotNull();
  }

  @Test
  void aCloverDefaultMakesHeaderlessRequestsFail() throws Exception {
    restart(options().toBuilder().defaultVersion(ApiVersion.CLOVER).build());

    Reply headerless =
        api.call("POST", "/v2/webhooks").header("Featurebase-Version", null).body("{}").send();
    assertThat(headerless.status()).isEqualTo(404);
    assertThat(headerless.error().get("code").asText()).isEqualTo("version_not_supported");
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nova", "2026-13-01.nova", "2026-01-01", "latest", "2026-01-01.Nova"})
  void anUnparseableVersionIs400(String version) throws Exception {
    Reply r = api.call("GET", "/v2/webhooks").header("Featurebase-Version", version).send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).isEqualTo("invalid_parameter");
    assertThat(r.error().get("param").asText()).isEqualTo("Featurebase-Version");
  }

  @Test
  void laterVersionsServeWebhooks() throws Exception {
    assertThat(
            api.call("GET", "/v2/webhooks")
                .header("Featurebase-Version", "2099-01-01.future")
                .send()
                .status())
        .isEqualTo(200);
  }

  @Test
  void orbitIsServedExactlyLikeNova() throws Exception {
    String orbit = "2026-08-19.orbit";
    Reply created =
        api.call("POST", "/v2/webhooks")
            .header("Featurebase-Version", orbit)
            .body(Json.of("{'name':'o','url':'https://e.com/h','topics':['post.created']}"))
            .send();
    String path = "/v2/webhooks/" + created.json().get("id").asText();

    Reply getOrbit = api.call("GET", path).header("Featurebase-Version", orbit).send();
    Reply listOrbit = api.call("GET", "/v2/webhooks").header("Featurebase-Version", orbit).send();
    Reply badOrbit =
        api.call("PATCH", path)
            .header("Featurebase-Version", orbit)
            .body("{\"status\":\"suspended\"}")
            .send();
    Reply badNova = api.patch(path, "{\"status\":\"suspended\"}");

    // Contract: no documented difference for webhooks, so orbit answers as nova does
    assertThat(created.status()).isEqualTo(201);
    assertThat(getOrbit.json()).isEqualTo(api.get(path).json()).isEqualTo(created.json());
    assertThat(listOrbit.json()).isEqualTo(api.get("/v2/webhooks").json());
    assertThat(badOrbit.status()).isEqualTo(badNova.status()).isEqualTo(400);
    assertThat(badOrbit.json()).isEqualTo(badNova.json());
  }

  @Test
  void everyAuthenticatedAnswerCarriesRateLimitHeaders() throws Exception {
    // the clock stands at 10:00:30.250; the window ends at 10:01:00
    long windowEnd = Instant.parse("2026-03-01T10:01:00Z").getEpochSecond();

    Reply ok = api.get("/v2/webhooks");
    Reply bad = api.get("/v2/webhooks/nope");

    assertThat(ok.header("X-RateLimit-Limit")).isEqualTo("2000");
    assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo("1999");
    assertThat(ok.header("X-RateLimit-Reset")).isEqualTo(Long.toString(windowEnd));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("X-RateLimit-Remaining")).isEqualTo("1998");
  }

  @Test
  void overTheLimitIs429WithRetryAfterUntilTheNextWindow() throws Exception {
    restart(options().toBuilder().rateLimitPerMinute(3).build());
    for (int i = 0; i < 3; i++) {
      assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);
    }
    api.admin("GET", "/__emulator/health", null); // admin calls do not count

    Reply limited = api.get("/v2/webhooks");

    assertThat(limited.status()).isEqualTo(429);
    JsonNode e = limited.error();
    assertThat(e.get("type").asText()).isEqualTo("rate_limit_error");
    assertThat(e.get("code").asText()).isEqualTo("rate_limit_exceeded");
    assertThat(e.get("status").asInt()).isEqualTo(429);
    assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("3");
    assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("Retry-After")).isEqualTo("30"); // 29.75 s to 10:01:00

    Reply otherKey =
        api.call("GET", "/v2/webhooks").header("Authorization", "Bearer sk_second_key").send();
    assertThat(otherKey.status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(30));
    Reply nextWindow = api.get("/v2/webhooks");
    assertThat(nextWindow.status()).isEqualTo(200);
    assertThat(nextWindow.header("X-RateLimit-Remaining")).isEqualTo("2");
  }

  @Test
  void aRefusedRequestChangesNothing() throws Exception {
    restart(options().toBuilder().rateLimitPerMinute(1).build());
    api.get("/v2/webhooks");

    Reply r =
        api.post(
            "/v2/webhooks",
            Json.of("{'name':'x','url':'https://e.com','topics':['post.created']}"));

    assertThat(r.status()).isEqualTo(429);
    clock.advance(Duration.ofMinutes(1));
    assertThat(api.get("/v2/webhooks").json().get("data")).isEmpty();
  }
}
