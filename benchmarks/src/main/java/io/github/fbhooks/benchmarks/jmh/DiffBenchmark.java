package io.github.fbhooks.benchmarks.jmh;

import io.github.fbhooks.benchmarks.Workload;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Planner;
import io.github.fbhooks.plan.WorkspacePlan;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 4b: the pure plan step (identity matching and the field-by-field diff) of 1,000
 * declared webhooks over 100 workspaces against 1,000 live ones, of which every other one differs
 * in description and every fourth in topics. No I/O: the live webhooks are made in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiffBenchmark {

  @Param({"1000"})
  public int webhooks;

  private WebhooksConfig config;
  private final List<List<Webhook>> live = new ArrayList<>();

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("fbhooks-jmh");
    Path file = dir.resolve("webhooks.yaml");
    Files.writeString(
        file,
        Workload.yaml(
            URI.create("http://127.0.0.1:8089"),
            webhooks,
            Workload.workspaces(webhooks),
            "jmh",
            true),
        StandardCharsets.UTF_8);
    config = new ConfigLoader(name -> null, dir).load(file);
    Files.delete(file);
    Files.delete(dir);
    int i = 0;
    for (WorkspaceConfig workspace : config.workspaces()) {
      List<Webhook> webhooksOfWorkspace = new ArrayList<>();
      for (DesiredWebhook d : workspace.webhooks()) {
        webhooksOfWorkspace.add(liveOf(d, i++));
      }
      live.add(webhooksOfWorkspace);
    }
  }

  private static Webhook liveOf(DesiredWebhook d, int i) {
    Map<String, String> headers = new LinkedHashMap<>();
    d.headers().forEach((name, value) -> headers.put(name, value.value()));
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    return new Webhook(
        String.format(Locale.ROOT, "%024x", i + 1),
        d.name(),
        d.url(),
        Secret.of("whsec_" + i),
        i % 2 == 0 ? "changed" : d.description().orElse(null),
        i % 4 == 0 ? List.of("post.created") : d.topics(),
        WebhookStatus.ACTIVE,
        new RequestConfig(d.timeoutMs().orElse(null), headers),
        null,
        null,
        "1.0",
        at,
        at);
  }

  @Benchmark
  public List<WorkspacePlan> diff() {
    List<WorkspacePlan> plans = new ArrayList<>(live.size());
    List<String> warnings = new ArrayList<>();
    for (int w = 0; w < live.size(); w++) {
      plans.add(
          new Planner()
              .plan(
                  config.workspaces().get(w),
                  "http://127.0.0.1:8089",
                  live.get(w),
                  NameFilter.ALL,
                  warnings));
    }
    return plans;
  }
}
