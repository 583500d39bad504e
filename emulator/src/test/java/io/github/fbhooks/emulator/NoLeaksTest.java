package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --verbose on, nothing the emulator prints may hold the API key or any webhook secret. */
class NoLeaksTest {

  private static final String SEED_SECRET = "whsec_seedSecretThatMustNeverBePrinted0001";

  @TempDir Path dir;

  @Test
  void verboseOutputHoldsNoKeyAndNoSecret() throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        Json.of(
            "[{'id':'ffffffffffffffffffffffff','name':'s','url':'https://e.com',"
                + "'topics':['post.created'],'secret':'%s'}]",
            SEED_SECRET));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    List<String> secretsSeen = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int code;
    System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
    try {
      code =
          EmulatorMain.run(
              new String[] {
                "--port",
                "0",
                "--api-key",
                TestClient.API_KEY,
                "--seed",
                seed.toString(),
                "--verbose"
              },
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              emulator -> {
                try {
                  exercise(new TestClient(emulator.baseUrl()), secretsSeen);
                } catch (Throwable t) {
                  failure.set(t);
                } finally {
                  emulator.close();
                }
              });
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }

    assertThat(failure.get()).isNull();
    assertThat(code).isZero();
    assertThat(secretsSeen).hasSizeGreaterThanOrEqualTo(3).contains(SEED_SECRET);
    String printed =
        String.join(
            "\n",
            out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8),
            systemOut.toString(StandardCharsets.UTF_8),
            systemErr.toString(StandardCharsets.UTF_8));
    assertThat(printed).contains("POST /v2/webhooks -> 201").contains("GET /v2/webhooks -> 401");
    assertThat(printed)
        .doesNotContain(TestClient.API_KEY)
        .doesNotContain(TestClient.API_KEY.substring(3))
        .doesNotContain("whsec_")
        .doesNotContain("sk_wrong_key_123");
    for (String secret : secretsSeen) {
      assertThat(printed).doesNotContain(secret.substring(6));
    }
  }

  /** Makes every kind of request that carries a key or returns a secret, plus errors. */
  private static void exercise(TestClient api, List<String> secretsSeen)
      throws IOException, InterruptedException {
    JsonNode created = api.create("leak-check");
    secretsSeen.add(created.get("secret").asText());
    String id = created.get("id").asText();
    secretsSeen.add(api.post("/v2/webhooks/" + id + "/secret", null).json().get("secret").asText());
    api.get("/v2/webhooks")
        .json()
        .get("data")
        .forEach(w -> secretsSeen.add(w.get("secret").asText()));
    api.patch("/v2/webhooks/" + id, "{\"name\":\"renamed\"}");
    api.patch("/v2/webhooks/" + id, "{\"secret\":\"whsec_sentByAClient\"}");
    api.call("GET", "/v2/webhooks").header("Authorization", "Bearer sk_wrong_key_123").send();
    api.call("GET", "/v2/webhooks").header("Authorization", null).send();
    api.admin("GET", "/__emulator/requests", null);
    api.delete("/v2/webhooks/" + id);
  }
}
