package io.github.fbhooks.plan;

import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.WordedException;
import io.github.fbhooks.words.Words;
import java.util.List;

/** A saved plan no longer fits the live workspace or the configuration; nothing was applied. */
public final class StalePlanException extends WordedException {

  private static final long serialVersionUID = 1L;

  private final List<String> differences;

  /**
   * @param differences one line each, naming the webhook and the field
   */
  public StalePlanException(List<String> differences) {
    super(
        "The saved plan is stale, so nothing was applied:\n  "
            + String.join("\n  ", differences)
            + "\nMake a new plan ("
            + Words.command(Command.PLAN, Setting.PLAN_FILE, "...")
            + "), review it, and apply that.",
        null);
    this.differences = List.copyOf(differences);
  }

  /** {@return what changed, one line each} */
  public List<String> differences() {
    return differences;
  }
}
