package io.github.fbhooks.cli;

import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.PlanRenderer;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.plan.WorkspaceTasks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A command that reconciles the configuration with the live workspaces: plan and apply. */
abstract class ReconcileCommand extends ApiCommand {

  @Mixin ConfigOptions config;

  @Option(
      names = "--include",
      paramLabel = "<glob>",
      split = ",",
      description =
          "Name globs (*, ?) of the webhooks to handle; all when none (repeatable, or"
              + " comma-separated).")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "<glob>",
      split = ",",
      description = "Name globs of webhooks to leave out (repeatable, or comma-separated).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--workspace-parallelism",
      paramLabel = "<n>",
      defaultValue = "4",
      description =
          "How many workspaces are read and applied at once, 1 to 16; those sharing a key always"
              + " run in turn (default: ${DEFAULT-VALUE}).")
  int workspaceParallelism;

  /**
   * {@return the validated configuration, {@code ${env:...}} resolved in the webhooks the filters
   * select, and its targets checked against the command line's}
   */
  final WebhooksConfig loadConfig() {
    WebhooksConfig loaded = config.load(context(), filter()::matches);
    trustedTargets().targetsOf(loaded);
    return loaded;
  }

  /** {@return the name filter of --include and --exclude} */
  final NameFilter filter() {
    return new NameFilter(include, exclude);
  }

  /** {@return planning over this command's clients, one per workspace} */
  final Planning planning() {
    return new Planning(
        trustedTargets(), this::client, Clock.systemUTC(), workspaceParallelism(), log());
  }

  /** {@return how many workspaces run at once} */
  final int workspaceParallelism() {
    return WorkspaceTasks.requireWorkspaceParallelism(workspaceParallelism);
  }

  /** Prints the plan, line by line (coloured on a terminal); its warnings as warnings. */
  final void print(Plan plan) {
    PlanRenderer.print(plan, colour(), log()::raw, log()::warn);
  }
}
