package io.github.fbhooks.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the harness from rotting: the smallest run of the API-economy and scaling code paths. */
class BenchmarkSmokeTest {

  @TempDir Path dir;

  @Test
  void apiEconomyCountsTheMinimumForTwoWorkspaces() throws Exception {
    try (Emulator emulator =
        Emulator.start(
            EmulatorOptions.defaults().toBuilder()
                .workspacePerKey(true)
                .latency(Duration.ofMillis(1))
                .build())) {
      RequestLogStats log = new RequestLogStats(emulator.baseUrl());

      var rows = ApiEconomy.run(emulator, log, dir, 12);

      assertThat(rows).hasSize(6);
      assertThat(rows).allSatisfy(r -> assertThat(r.sent()).isEqualTo(r.minimum()));
      // one list per workspace to plan, one per workspace after its creates (duplicate check)
      assertThat(rows.get(1).byKind()).containsEntry("create", 12).containsEntry("list", 4);
    }
  }

  @Test
  void workloadSpreadsTenWebhooksToAWorkspace() {
    assertThat(Workload.workspaces(1)).isEqualTo(1);
    assertThat(Workload.workspaces(10)).isEqualTo(1);
    assertThat(Workload.workspaces(11)).isEqualTo(2);
    assertThat(Workload.yaml(null, 0, 2, "x", true)).contains("webhooks: []");
  }
}
