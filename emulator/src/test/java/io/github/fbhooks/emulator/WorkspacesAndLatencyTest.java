package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkspacesAndLatencyTest extends EmulatorTestBase {

  private static final String BODY =
      Json.of("{'name':'Orders','url':'https://example.com/fb','topics':['post.created']}");

  @Test
  void everyKeySharesOneWorkspaceByDefault() throws Exception {
    api.post("/v2/webhooks", BODY);

    Reply other = api.call("GET", "/v2/webhooks").header("Authorization", "Bearer sk_other").send();

    assertThat(other.json().get("data")).hasSize(1);
  }

  @Test
  void eachKeyHasItsOwnWorkspaceWhenAsked() throws Exception {
    restart(EmulatorOptions.builder().workspacePerKey(true).build());
    api.post("/v2/webhooks", BODY);

    Reply other = api.call("GET", "/v2/webhooks").header("Authorization", "Bearer sk_other").send();
    Reply same = api.get("/v2/webhooks");

    assertThat(other.json().get("data")).isEmpty();
    assertThat(same.json().get("data")).hasSize(1);
    api.admin("POST", "/__emulator/reset", null);
    assertThat(api.get("/v2/webhooks").json().get("data")).isEmpty();
  }

  @Test
  void latencyDelaysApiRequestsOnly() throws Exception {
    restart(EmulatorOptions.builder().latency(Duration.ofMillis(150)).build());

    long started = System.nanoTime();
    api.get("/v2/webhooks");
    long apiMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(apiMillis).isGreaterThanOrEqualTo(150);
  }

  @Test
  void latencyIsBounded() {
    assertThatThrownBy(() -> EmulatorOptions.builder().latency(Duration.ofMinutes(2)).build())
        .hasMessageContaining("latency must be from 0 to 60000 ms");
    assertThatThrownBy(() -> EmulatorOptions.builder().latency(Duration.ofMillis(-1)).build())
        .hasMessageContaining("latency");
  }
}
