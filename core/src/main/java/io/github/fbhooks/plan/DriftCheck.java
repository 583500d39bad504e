package io.github.fbhooks.plan;

import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.Optional;

/**
 * The drift check of CI: a plan with changes fails, and so does a filter pattern that matches no
 * webhook (it would let the check pass whatever is live). Front ends fail with these messages,
 * rendered in their words.
 */
public final class DriftCheck {

  private DriftCheck() {}

  /**
   * Why the drift check fails, if it does; the patterns are checked first.
   *
   * @param plan the plan
   * @return the one-paragraph message, or empty when the check passes
   */
  public static Optional<String> failure(Plan plan) {
    if (!plan.unmatchedPatterns().isEmpty()) {
      return Optional.of(
          "The "
              + String.join(" and ", plan.unmatchedPatterns())
              + (plan.unmatchedPatterns().size() == 1 ? " pattern matches" : " patterns match")
              + " no webhook, so this drift check would pass whatever is live. Correct "
              + Words.setting(Setting.INCLUDE)
              + " / "
              + Words.setting(Setting.EXCLUDE)
              + " (names are case-sensitive), or drop the pattern.");
    }
    if (plan.hasChanges()) {
      return Optional.of(
          "The live webhooks drifted from the configuration: "
              + plan.summary()
              + " Run "
              + Words.command(Command.APPLY)
              + " to reconcile, or update the configuration; "
              + Words.setting(Setting.FAIL_ON_CHANGES, "false")
              + " only reports.");
    }
    return Optional.empty();
  }
}
