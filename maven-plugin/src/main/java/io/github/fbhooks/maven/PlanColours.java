package io.github.fbhooks.maven;

import java.util.function.UnaryOperator;
import org.fusesource.jansi.Ansi;

/**
 * Colours plan lines as Maven colours its own output: {@code +} green, {@code ~} yellow, {@code -}
 * red. Plain when Maven's colours are off ({@code -B}, {@code --color never}, output not a
 * terminal), when {@code NO_COLOR} is set (https://no-color.org), and on a Maven without Jansi.
 */
final class PlanColours {

  private static final String GREEN = "\u001B[32m";
  private static final String YELLOW = "\u001B[33m";
  private static final String RED = "\u001B[31m";
  private static final String RESET = "\u001B[0m";

  private PlanColours() {}

  /**
   * Whether plan lines are coloured in this build.
   *
   * @param environment the build's environment variables
   * @return whether to colour
   */
  static boolean enabled(UnaryOperator<String> environment) {
    String noColor = environment.apply("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    try {
      return Ansi.isEnabled();
    } catch (LinkageError e) {
      return false; // a Maven that does not export Jansi to plugins (Maven 4)
    }
  }

  /**
   * A plan line, coloured by its symbol where colour is on.
   *
   * @param line a line of {@link io.github.fbhooks.plan.PlanRenderer#text}
   * @param colour whether colour is on
   * @return the line to log
   */
  static String line(String line, boolean colour) {
    if (!colour) {
      return line;
    }
    String code =
        line.startsWith("  + ")
            ? GREEN
            : line.startsWith("  ~ ") ? YELLOW : line.startsWith("  - ") ? RED : null;
    return code == null ? line : code + line + RESET;
  }
}
