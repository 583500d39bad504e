package io.github.fbhooks.maven;

import java.util.function.UnaryOperator;
import org.fusesource.jansi.Ansi;

/**
 * Whether plan lines are coloured ({@link io.github.fbhooks.plan.PlanRenderer#coloured}), as Maven
 * colours its own output. Plain when Maven's colours are off ({@code -B}, {@code --color never},
 * output not a terminal), when {@code NO_COLOR} is set (https://no-color.org), and on a Maven
 * without Jansi.
 */
final class PlanColours {

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
}
