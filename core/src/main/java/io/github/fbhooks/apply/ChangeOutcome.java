package io.github.fbhooks.apply;

import io.github.fbhooks.plan.Change;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying one change did.
 *
 * @param change the planned change
 * @param applied whether it took effect at Featurebase
 * @param webhookId the webhook's id (for creates: the new id)
 * @param detail a note on success (e.g. "the create's answer was lost; found it by name") or the
 *     failure message
 */
public record ChangeOutcome(
    Change change, boolean applied, Optional<String> webhookId, String detail) {

  /** Checks the parts. */
  public ChangeOutcome {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@return one line for the log, e.g. {@code + create 'Hook' (65a...): done}} */
  public String line() {
    String id = webhookId.map(i -> " (" + i + ")").orElse("");
    return change.action().symbol()
        + " "
        + change.action().verb()
        + " '"
        + change.name()
        + "'"
        + id
        + ": "
        + (applied ? "done" : "FAILED")
        + (detail.isEmpty() ? "" : " - " + detail);
  }
}
