package io.github.fbhooks.cli;

import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.words.WordedException;
import io.github.fbhooks.words.Words;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * The one place where a failure becomes what the user sees: {@code Error: } and core's
 * one-paragraph message in the command line's terms, on standard error, and exit code {@value
 * ExitCode#ERROR}. The stack trace only with {@code --stacktrace}. Messages of core and of this
 * command line never hold a key or secret; an unexpected failure shows its type only, since its
 * message is nobody's promise.
 */
final class Failures {

  private Failures() {}

  /**
   * Reports a failure.
   *
   * @param failure what was thrown
   * @param err standard error
   * @param stacktrace whether {@code --stacktrace} was given
   * @return the exit code
   */
  static int report(Throwable failure, PrintStream err, boolean stacktrace) {
    print(message(failure), err);
    if (stacktrace) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCode.ERROR;
  }

  /**
   * Prints the one paragraph of a failure a command found without an exception (a drift, a partial
   * apply, a file out of canonical form).
   *
   * @param message the message, with core's references
   * @param err standard error
   */
  static void print(String message, PrintStream err) {
    // a core message may list problems one per line; each line is escaped on its own
    err.println(
        "Error: "
            + CliWords.render(message)
                .lines()
                .map(SafeText::escape)
                .collect(Collectors.joining(System.lineSeparator())));
  }

  private static String message(Throwable failure) {
    if (isOurs(failure)) {
      return Words.of(failure);
    }
    return "Unexpected "
        + failure.getClass().getName()
        + ". Nothing more is known; rerun with --stacktrace and report it at"
        + " https://github.com/fbhooks/fbhooks/issues.";
  }

  /** Core's failures and this command line's carry messages written for the user. */
  private static boolean isOurs(Throwable failure) {
    if (failure instanceof WordedException) {
      return true;
    }
    String name = failure.getClass().getName();
    return name.startsWith("io.github.fbhooks.") && failure.getMessage() != null;
  }
}
