package io.github.fbhooks.cli;

import io.github.fbhooks.apply.ApplyResultJson;
import io.github.fbhooks.apply.Reconciler;
import io.github.fbhooks.config.SecretOutputNames;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.ResultFile;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.plan.PlanJson;
import io.github.fbhooks.plan.SavedPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fbhooks apply}: the Maven plugin's {@code apply} goal. */
@Command(
    mixinStandardHelpOptions = true,
    name = "apply",
    description =
        "Make the live webhooks match the configuration: plan afresh (or check a saved plan is"
            + " current), print the plan, apply exactly it. The secret of each created webhook"
            + " goes to an owner-only file; apply-result.json says what was applied.")
final class ApplyCommand extends ReconcileCommand {

  @Option(
      names = "--plan-file",
      paramLabel = "<file>",
      description =
          "Apply exactly this plan of 'fbhooks plan --plan-file'; refused when a webhook or the"
              + " configuration changed since.")
  Path planFile;

  @Option(
      names = "--parallelism",
      paramLabel = "<n>",
      defaultValue = "4",
      description =
          "How many requests run at once per workspace, 1 to 32 (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(
      names = "--secret-directory",
      paramLabel = "<dir>",
      description =
          "Where the secret of each created webhook goes, one owner-only file per webhook"
              + " (default: secrets/ in the work directory).")
  Path secretDirectory;

  @Mixin SecretFormatOption format;

  @Override
  int execute() {
    int requestsAtOnce = Reconciler.requireParallelism(parallelism);
    Optional<SavedPlan> saved = readSavedPlan();
    Path secrets =
        secretDirectory == null
            ? workDirectory().resolve("secrets")
            : context().resolve(secretDirectory);
    Path resultPath = workDirectory().resolve("apply-result.json");
    ResultFile resultJson = new ResultFile(resultPath, context().shown(resultPath));
    resultJson.removeEarlier();
    Reconciler.Report report =
        new Reconciler(planning(), log(), journal())
            .apply(
                new Reconciler.Request(
                    loadConfig(),
                    filter(),
                    saved,
                    requestsAtOnce,
                    key -> secretOutputs(secrets, key),
                    workspaceParallelism()),
                this::print);
    ApplyResultJson.writeOrWarn(report, resultJson, CliWords::render, log());
    if (!report.isComplete()) {
      Failures.print(report.incompleteMessage(), context().err());
      return ExitCode.ERROR;
    }
    log().info(report.completeMessage());
    return ExitCode.OK;
  }

  private Optional<SavedPlan> readSavedPlan() {
    if (planFile == null) {
      return Optional.empty();
    }
    Path saved = context().resolve(planFile);
    return Optional.of(PlanJson.readSaved(saved, context().shown(saved)));
  }

  /** The output of a created webhook's secret: an owner-only file named by its output key. */
  private List<SecretSink> secretOutputs(Path directory, String key) {
    Path file = directory.resolve(format.secretFormat.fileName(key));
    return List.of(
        new FileSecretSink(
            file,
            context().shown(file),
            format.secretFormat,
            SecretOutputNames.secretProperty(key),
            new OwnerOnlyFiles(log())));
  }
}
