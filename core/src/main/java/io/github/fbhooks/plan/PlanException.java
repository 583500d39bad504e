package io.github.fbhooks.plan;

import java.util.List;

/**
 * The configuration cannot be reconciled with the live workspace as it is: each problem names the
 * webhook and what to do. Nothing was changed.
 */
public final class PlanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * @param problems one line each, what and what to do
   */
  public PlanException(List<String> problems) {
    super(
        (problems.size() == 1 ? "The plan cannot be made: " : "The plan cannot be made:\n  ")
            + String.join("\n  ", problems)
            + (problems.size() == 1 ? "" : "\n")
            + (problems.size() == 1 ? " Nothing was changed." : "Nothing was changed."));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, one line each} */
  public List<String> problems() {
    return problems;
  }
}
