package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleAndEdgesTest extends EmulatorTestBase {

  @Test
  void quietByDefault() throws Exception {
    api.create("quiet");
    api.get("/v2/nothing");

    assertThat(consoleText()).isEmpty();
  }

  @Test
  void verbosePrintsOneLinePerRequestWithStatusAndTime() throws Exception {
    restart(options().toBuilder().verbose(true).build());
    String id = api.create("loud").get("id").asText();
    api.patch("/v2/webhooks/" + id, "{\"name\":\"louder\"}");
    api.admin(
        "POST",
        "/__emulator/faults",
        Json.of("{'path':'/v2/webhooks','action':'respond','status':503}"));
    api.get("/v2/webhooks");

    String[] lines = consoleText().split(System.lineSeparator());

    // each line is printed before its answer is sent, so the order is the order of the requests
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).matches("POST /v2/webhooks -> 201 \\(\\d+ ms\\)");
    assertThat(lines[1]).matches("PATCH /v2/webhooks/" + id + " -> 200 \\(\\d+ ms\\)");
    assertThat(lines[2]).matches("POST /__emulator/faults -> 201 \\(\\d+ ms\\)");
    assertThat(lines[3]).matches("GET /v2/webhooks -> 503 \\[fault: respond\\] \\(\\d+ ms\\)");
  }

  @Test
  void headIsNotAllowedAndHasNoBody() throws Exception {
    Reply r = api.call("HEAD", "/v2/webhooks").send();

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.body()).isEmpty();
    assertThat(consoleText()).isEmpty();
  }

  @Test
  void aBodyOverOneMebibyteIs413() throws Exception {
    String huge = "{\"name\":\"" + "x".repeat(1 << 20) + "\"}";

    Reply r = api.call("POST", "/v2/webhooks").body(huge).send();

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.error().get("code").asText()).isEqualTo("payload_too_large");
    assertThat(api.get("/v2/webhooks").json().get("data")).isEmpty();
  }

  @Test
  void unknownQueryParametersAreRefusedOnEveryEndpoint() throws Exception {
    String id = api.create("q").get("id").asText();

    Reply r = api.get("/v2/webhooks/" + id + "?expand=all");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).isEqualTo("parameter_not_supported");
    assertThat(r.error().get("param").asText()).isEqualTo("expand");
  }
}
