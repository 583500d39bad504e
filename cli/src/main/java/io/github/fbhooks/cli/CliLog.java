package io.github.fbhooks.cli;

import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.text.SafeText;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * The command line's log: information on standard output (unless {@code --quiet}), warnings on
 * standard error, debug lines on standard error with {@code --verbose}. Every line is escaped and
 * its settings rendered as options. Core's debug lines are already redacted: keys and secrets never
 * reach them.
 */
final class CliLog implements BuildLog {

  private final PrintStream out;
  private final PrintStream err;
  private final boolean quiet;
  private final boolean verbose;

  CliLog(PrintStream out, PrintStream err, boolean quiet, boolean verbose) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose;
  }

  @Override
  public boolean isDebugEnabled() {
    return verbose;
  }

  @Override
  public void debug(Supplier<String> message) {
    if (verbose) {
      err.println("[debug] " + clean(message.get()));
    }
  }

  @Override
  public void info(String message) {
    if (!quiet) {
      out.println(clean(message));
    }
  }

  /**
   * Prints a line as it is: already escaped, possibly coloured (plan lines).
   *
   * @param line the line
   */
  void raw(String line) {
    if (!quiet) {
      out.println(line);
    }
  }

  @Override
  public void warn(String message) {
    err.println("Warning: " + clean(message));
  }

  private static String clean(String message) {
    return SafeText.escape(CliWords.render(message));
  }
}
