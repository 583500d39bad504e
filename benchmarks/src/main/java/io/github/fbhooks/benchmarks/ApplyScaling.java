package io.github.fbhooks.benchmarks;

import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 3: wall time of apply (plan included, as {@code featurebase:apply} does) for N creates
 * over N/10 workspaces, against an emulator answering every request after a fixed latency, for each
 * {@code featurebase.parallelism}; and the request rate it caused, per workspace key and in total,
 * checked against Featurebase's 2,000 requests/min per key (the emulator enforces it: a 429 would
 * show in the log).
 *
 * <p>Usage: {@code ApplyScaling [latencyMs] [sizes] [parallelisms] [maxSeconds]}, e.g. {@code 50
 * 10,100,1000 1,4,8 120}. A combination whose estimated time (N/p x latency) is over maxSeconds is
 * skipped, so the run stays bounded.
 */
public final class ApplyScaling {

  private ApplyScaling() {}

  public static void main(String[] args) throws IOException {
    int latencyMs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int[] sizes = ints(args.length > 1 ? args[1] : "10,100,1000");
    int[] parallelisms = ints(args.length > 2 ? args[2] : "1,4,8");
    int maxSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
    int[] workspaceParallelisms = ints(args.length > 4 ? args[4] : "1,4");
    System.out.printf(
        "Apply scaling: %d ms per request, %d CPUs%n%n",
        latencyMs, Runtime.getRuntime().availableProcessors());
    System.out.printf(
        "%6s %5s %11s %6s %9s %8s %8s %14s %12s %5s%n",
        "N",
        "ws",
        "parallelism",
        "ws at once",
        "wall s",
        "requests",
        "req/s",
        "max/key/min",
        "all keys/min",
        "429s");
    Path dir = ApplyBench.tempDir();
    try (Emulator emulator =
        Emulator.start(
            EmulatorOptions.defaults().toBuilder()
                .workspacePerKey(true)
                .latency(Duration.ofMillis(latencyMs))
                .build())) {
      RequestLogStats log = new RequestLogStats(emulator.baseUrl());
      for (int n : sizes) {
        WebhooksConfig config = Workload.load(dir, emulator.baseUrl(), n, "scaling", true);
        for (int wp : workspaceParallelisms) {
          for (int p : parallelisms) {
            int workspaces = Workload.workspaces(n);
            double estimate =
                (double) Math.max(n / p, workspaces) / Math.min(wp, workspaces) * latencyMs / 1000;
            if (estimate > maxSeconds) {
              System.out.printf(
                  "%6d %5d %11d %6d   skipped: about %.0f s expected, over %d s%n",
                  n, workspaces, p, wp, estimate, maxSeconds);
              continue;
            }
            log.reset();
            long started = System.nanoTime();
            ApplyBench.apply(config, p, wp);
            double seconds = (System.nanoTime() - started) / 1e9;
            print(n, p, wp, seconds, log.entries());
          }
        }
      }
    }
  }

  private static void print(
      int n, int p, int wp, double seconds, List<RequestLogStats.Entry> entries) {
    long refused = entries.stream().filter(e -> Integer.valueOf(429).equals(e.status())).count();
    // creates name their webhook "Hook <i>", which lives in workspace i/10; each workspace is
    // listed once (plan) before anything else: count lists evenly, one per workspace
    Map<String, Integer> perKeyMinute = new HashMap<>();
    Map<Long, Integer> allMinute = new HashMap<>();
    int lists = 0;
    for (RequestLogStats.Entry e : entries) {
      long minute = e.at().getEpochSecond() / 60;
      allMinute.merge(minute, 1, Integer::sum);
      String workspace;
      if (e.createdName() != null && e.createdName().startsWith("Hook ")) {
        workspace = "ws-" + Integer.parseInt(e.createdName().substring(5)) / 10;
      } else if (e.method().equals("GET")) {
        workspace = "ws-" + lists++;
      } else {
        workspace = "other"; // a PATCH or GET by id after a create: none in this scenario
      }
      perKeyMinute.merge(workspace + "@" + minute, 1, Integer::sum);
    }
    int maxPerKey = perKeyMinute.values().stream().max(Integer::compare).orElse(0);
    int maxAll = allMinute.values().stream().max(Integer::compare).orElse(0);
    System.out.printf(
        "%6d %5d %11d %6d %9.2f %8d %8.0f %14d %12d %5d%s%n",
        n,
        Workload.workspaces(n),
        p,
        wp,
        seconds,
        entries.size(),
        entries.size() / seconds,
        maxPerKey,
        maxAll,
        refused,
        maxPerKey > 2000 || refused > 0 ? "  <-- over the per-key limit" : "");
  }

  static int[] ints(String csv) {
    return java.util.Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  static Instant now() {
    return Instant.now();
  }
}
