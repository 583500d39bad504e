package io.github.fbhooks.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What a command runs in: its environment variables, working directory and standard streams. The
 * process's own for {@link FbhooksCli#main}; tests pass their own, since a JVM cannot change its
 * environment.
 *
 * @param environment reads an environment variable; null when unset
 * @param workingDirectory where relative paths start
 * @param out standard output: the log, the plan, GitHub workflow commands
 * @param err standard error: warnings and errors
 * @param in standard input, for {@code --api-key-stdin}
 * @param terminal whether standard output is a terminal (colours only there)
 */
public record CliContext(
    UnaryOperator<String> environment,
    Path workingDirectory,
    PrintStream out,
    PrintStream err,
    InputStream in,
    boolean terminal) {

  /** {@return the context of this process} */
  public static CliContext system() {
    return new CliContext(
        System::getenv,
        Path.of("").toAbsolutePath(),
        System.out,
        System.err,
        System.in,
        System.console() != null);
  }

  /**
   * An environment variable.
   *
   * @param name its name
   * @return its value, or null when unset or blank
   */
  public String env(String name) {
    String value = environment.apply(name);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * A path of the command line, relative to the working directory.
   *
   * @param path as the user gave it
   * @return the absolute path
   */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  /**
   * A path as messages show it: relative to the working directory when it lies below it.
   *
   * @param path a path, relative ones to the working directory
   * @return the path to show
   */
  public String shown(Path path) {
    Path normalized = workingDirectory.resolve(path).normalize();
    return normalized.startsWith(workingDirectory)
        ? workingDirectory.relativize(normalized).toString()
        : normalized.toString();
  }
}
