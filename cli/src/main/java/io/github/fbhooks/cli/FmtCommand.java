package io.github.fbhooks.cli;

import io.github.fbhooks.config.ConfigFormatter;
import io.github.fbhooks.config.FormatResult;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fbhooks fmt}: the Maven plugin's {@code fmt} goal. */
@Command(
    mixinStandardHelpOptions = true,
    name = "fmt",
    description =
        "Rewrite the webhooks configuration in canonical form, keeping every comment. With"
            + " --check, write nothing, show the diff and fail when a file is not canonical.")
final class FmtCommand extends CliCommand {

  /** Enough to see what is wrong with a file; the rest is what fmt would write anyway. */
  private static final int MAX_DIFF_LINES = 400;

  @Mixin ConfigOptions config;

  @Option(
      names = "--check",
      description = "Only check: fail, with the diff, when a file is not canonical.")
  boolean check;

  @Override
  int execute() {
    Path path = config.path(context());
    ConfigFormatter formatter = new ConfigFormatter(context().workingDirectory());
    if (check) {
      FormatResult result = formatter.check(path);
      if (!result.isCanonical()) {
        result.diffLines(MAX_DIFF_LINES).forEach(log()::raw);
        Failures.print(result.notCanonicalMessage(), context().err());
        return ExitCode.ERROR;
      }
      log().info(FormatResult.shown(result.files()) + ": in canonical form.");
      return ExitCode.OK;
    }
    FormatResult result = formatter.apply(path);
    for (Path file : result.changed()) {
      log().info("Formatted " + file + ".");
    }
    if (result.isCanonical()) {
      log().info(FormatResult.shown(result.files()) + ": already in canonical form.");
    }
    return ExitCode.OK;
  }
}
