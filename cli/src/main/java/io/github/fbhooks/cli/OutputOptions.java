package io.github.fbhooks.cli;

import picocli.CommandLine.Option;

/** How much a command prints, and how. */
final class OutputOptions {

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print debug lines (requests and answers, keys and secrets redacted).")
  boolean verbose;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only warnings and errors.")
  boolean quiet;

  @Option(
      names = "--no-color",
      description =
          "Never colour the plan (it is coloured only on a terminal, and never with $NO_COLOR).")
  boolean noColor;

  @Option(
      names = "--stacktrace",
      description = "Print the stack trace of a failure, for a bug report.")
  boolean stacktrace;
}
