package io.github.fbhooks.benchmarks;

import io.github.fbhooks.apply.Reconciler;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.plan.WorkspaceTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs plan or apply of a workload in-process, as the plugin's goals do. */
final class ApplyBench {

  private ApplyBench() {}

  /** {@return the plan, made with list calls only} */
  static Plan plan(WebhooksConfig config) {
    return Workload.planning(BuildLog.NONE, config, WorkspaceTasks.DEFAULT_WORKSPACE_PARALLELISM)
        .plan(config, NameFilter.ALL);
  }

  /** {@return what apply did} */
  static Reconciler.Report apply(WebhooksConfig config, int parallelism) {
    return apply(config, parallelism, WorkspaceTasks.DEFAULT_WORKSPACE_PARALLELISM);
  }

  /** {@return what apply did, with this many workspaces at once} */
  static Reconciler.Report apply(WebhooksConfig config, int parallelism, int workspaceParallelism) {
    Planning planning = Workload.planning(BuildLog.NONE, config, workspaceParallelism);
    Reconciler.Request request =
        new Reconciler.Request(
            config,
            NameFilter.ALL,
            Optional.empty(),
            parallelism,
            name -> List.of(),
            workspaceParallelism);
    Reconciler.Report report = new Reconciler(planning, BuildLog.NONE).apply(request, plan -> {});
    if (!report.isComplete()) {
      throw new IllegalStateException(
          "apply did not complete: "
              + report.outcomes().stream().filter(o -> !o.applied()).findFirst().orElseThrow());
    }
    return report;
  }

  static Path tempDir() {
    try {
      return java.nio.file.Files.createTempDirectory("fbhooks-bench");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
