package io.github.fbhooks.benchmarks;

import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 2: requests sent by plan and apply for 1, 10 and 100 webhooks (100 = 10 workspaces),
 * read from the emulator's request log, against the minimum: one list page per workspace (a
 * workspace holds at most 10 webhooks, a page 100) plus one request per change, plus, where a
 * workspace had creates, one more list page after them (apply's check that no concurrent apply in
 * another process created the same webhooks).
 *
 * <p>Usage: {@code ApiEconomy [sizes...]} (default 1 10 100). Exits 1 when a scenario sends more
 * than the minimum.
 */
public final class ApiEconomy {

  private ApiEconomy() {}

  /** One scenario's count. */
  record Row(int webhooks, String step, int sent, int minimum, Map<String, Integer> byKind) {}

  public static void main(String[] args) throws IOException {
    int[] sizes = args.length == 0 ? new int[] {1, 10, 100} : parse(args);
    List<Row> rows = new java.util.ArrayList<>();
    try (Emulator emulator =
        Emulator.start(EmulatorOptions.builder().workspacePerKey(true).build())) {
      RequestLogStats log = new RequestLogStats(emulator.baseUrl());
      Path dir = ApplyBench.tempDir();
      for (int n : sizes) {
        log.reset();
        rows.addAll(run(emulator, log, dir, n));
      }
    }
    System.out.printf(
        "%n%-9s %-28s %6s %8s  %s%n", "webhooks", "step", "sent", "minimum", "requests by kind");
    boolean minimal = true;
    for (Row r : rows) {
      System.out.printf(
          "%-9d %-28s %6d %8d  %s%s%n",
          r.webhooks(),
          r.step(),
          r.sent(),
          r.minimum(),
          r.byKind(),
          r.sent() > r.minimum() ? "  <-- above minimum" : "");
      minimal &= r.sent() <= r.minimum();
    }
    System.out.println(
        minimal
            ? "\nEvery scenario sent the minimum."
            : "\nSome scenario sent MORE than the minimum.");
    if (!minimal) {
      System.exit(1);
    }
  }

  static List<Row> run(Emulator emulator, RequestLogStats log, Path dir, int n) {
    int w = Workload.workspaces(n);
    WebhooksConfig v1 = Workload.load(dir, emulator.baseUrl(), n, "first", true);
    WebhooksConfig v2 = Workload.load(dir, emulator.baseUrl(), n, "second", true);
    WebhooksConfig empty = Workload.load(dir, emulator.baseUrl(), 0, w, "none", true);
    return List.of(
        measure(log, n, "plan (empty workspaces)", w, () -> ApplyBench.plan(v1)),
        measure(log, n, "apply: create all", w + n + w, () -> ApplyBench.apply(v1, 4)),
        measure(log, n, "plan (no changes)", w, () -> ApplyBench.plan(v1)),
        measure(log, n, "apply (no changes)", w, () -> ApplyBench.apply(v1, 4)),
        measure(log, n, "apply: update all", w + n, () -> ApplyBench.apply(v2, 4)),
        measure(log, n, "apply: delete all (prune)", w + n, () -> ApplyBench.apply(empty, 4)));
  }

  private static Row measure(
      RequestLogStats log, int n, String step, int minimum, Runnable action) {
    log.clear();
    action.run();
    List<RequestLogStats.Entry> entries = log.entries();
    return new Row(n, step, entries.size(), minimum, RequestLogStats.byKind(entries));
  }

  private static int[] parse(String[] args) {
    return java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
  }
}
