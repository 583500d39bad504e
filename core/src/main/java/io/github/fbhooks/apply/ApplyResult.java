package io.github.fbhooks.apply;

import java.util.List;

/**
 * What an apply did, change by change: on a partial failure it says exactly which changes landed.
 *
 * @param outcomes one per change that was to be applied, in the order they were run
 */
public record ApplyResult(List<ChangeOutcome> outcomes) {

  /** Copies the list. */
  public ApplyResult {
    outcomes = List.copyOf(outcomes);
  }

  /** {@return the changes that took effect} */
  public List<ChangeOutcome> applied() {
    return outcomes.stream().filter(ChangeOutcome::applied).toList();
  }

  /** {@return the changes that failed} */
  public List<ChangeOutcome> failed() {
    return outcomes.stream().filter(o -> !o.applied()).toList();
  }

  /** {@return whether every change took effect} */
  public boolean isComplete() {
    return failed().isEmpty();
  }

  /** {@return e.g. {@code Apply complete: 3 changes applied.}} */
  public String summary() {
    if (isComplete()) {
      return "Apply complete: " + outcomes.size() + " change(s) applied.";
    }
    return "Apply incomplete: "
        + applied().size()
        + " of "
        + outcomes.size()
        + " change(s) applied, "
        + failed().size()
        + " failed. Fix the cause and run apply again: it plans afresh and converges.";
  }
}
