package io.github.fbhooks.cli;

import io.github.fbhooks.output.ResultFile;
import io.github.fbhooks.plan.DriftCheck;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.PlanJson;
import io.github.fbhooks.plan.PlanRenderer;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fbhooks plan}: the Maven plugin's {@code plan} goal, with Terraform's exit codes. */
@Command(
    mixinStandardHelpOptions = true,
    name = "plan",
    description =
        "Show what apply would change (list calls only). Writes plan.json to the work directory"
            + " and, in GitHub Actions, the plan to the step summary.")
final class PlanCommand extends ReconcileCommand {

  @Option(
      names = "--plan-file",
      paramLabel = "<file>",
      description = "Also save the plan here, for 'fbhooks apply --plan-file' to apply exactly it.")
  Path planFile;

  @Option(
      names = "--fail-on-changes",
      description =
          "Exit with 3 when changes are pending, or when an --include or --exclude pattern"
              + " matches nothing: a drift check for CI.")
  boolean failOnChanges;

  @Option(
      names = "--detailed-exitcode",
      description = "Exit with 2 when changes are pending, 0 when there are none (as Terraform).")
  boolean detailedExitcode;

  @Override
  int execute() {
    Plan plan = planning().plan(loadConfig(), filter());
    print(plan);
    write(plan, workDirectory().resolve("plan.json"));
    if (planFile != null) {
      Path saved = context().resolve(planFile);
      write(plan, saved);
      log().info("Saved the plan to " + context().shown(saved) + ".");
    }
    appendToStepSummary(PlanRenderer.markdown(plan) + "\n", "the plan");
    if (failOnChanges) {
      Optional<String> failure = DriftCheck.failure(plan);
      if (failure.isPresent()) {
        Failures.print(failure.get(), context().err());
        return ExitCode.DRIFT;
      }
    }
    return detailedExitcode && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
  }

  private void write(Plan plan, Path file) {
    new ResultFile(file, context().shown(file)).write(f -> PlanJson.write(plan, f));
  }
}
