package io.github.fbhooks.cli;

import io.github.fbhooks.output.StepSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A command of {@code fbhooks}: its context, log and work directory. Failures are thrown and
 * reported in one place ({@link Failures}).
 */
abstract class CliCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Mixin OutputOptions output;

  @Option(
      names = "--work-dir",
      paramLabel = "<dir>",
      defaultValue = "target/featurebase",
      description =
          "Where plan.json, apply-result.json, rotations.jsonl and the markers that make an"
              + " interrupted run resumable are kept (default: ${DEFAULT-VALUE}, as the Maven"
              + " plugin's).")
  Path workDir;

  private CliLog log;

  @Override
  public final Integer call() throws Exception {
    return execute();
  }

  /**
   * Runs the command.
   *
   * @return the exit code ({@link ExitCode})
   * @throws Exception reported by {@link Failures}
   */
  abstract int execute() throws Exception;

  /** {@return the context the command runs in} */
  final CliContext context() {
    return root.context();
  }

  /** {@return the log} */
  final CliLog log() {
    if (log == null) {
      CliContext context = context();
      log = new CliLog(context.out(), context.err(), output.quiet, output.verbose);
    }
    return log;
  }

  /** {@return the directory of this command's files, absolute} */
  final Path workDirectory() {
    return context().resolve(workDir);
  }

  /** {@return whether plan lines are coloured: on a terminal, without NO_COLOR or --no-color} */
  final boolean colour() {
    return context().terminal() && !output.noColor && context().env("NO_COLOR") == null;
  }

  /**
   * Appends Markdown to the GitHub Actions step summary, where {@code GITHUB_STEP_SUMMARY} names
   * one; a failure is a warning, since the summary only repeats the output.
   *
   * @param markdown escaped Markdown, ending in a newline
   * @param what what is added, for the warning
   */
  final void appendToStepSummary(String markdown, String what) {
    StepSummary.appendIfSet(context().env(StepSummary.VARIABLE), markdown, what, log());
  }
}
