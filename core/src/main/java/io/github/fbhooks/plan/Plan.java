package io.github.fbhooks.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A plan over all configured workspaces.
 *
 * @param createdAt when the plan was computed
 * @param workspaces one plan per workspace, in configuration order
 * @param warnings things worth a look that do not block the plan (e.g. a delete and a create that
 *     look like a rename)
 * @param unmatchedPatterns the include and exclude patterns that matched no webhook, declared or
 *     live (also among the warnings), e.g. {@code include "prod-*"}
 */
public record Plan(
    Instant createdAt,
    List<WorkspacePlan> workspaces,
    List<String> warnings,
    List<String> unmatchedPatterns) {

  /** Checks the parts and copies the lists. */
  public Plan {
    Objects.requireNonNull(createdAt, "createdAt");
    workspaces = List.copyOf(workspaces);
    warnings = List.copyOf(warnings);
    unmatchedPatterns = List.copyOf(unmatchedPatterns);
  }

  /**
   * A plan whose name filter matched (or that had none).
   *
   * @param createdAt when the plan was computed
   * @param workspaces one plan per workspace
   * @param warnings things worth a look
   */
  public Plan(Instant createdAt, List<WorkspacePlan> workspaces, List<String> warnings) {
    this(createdAt, workspaces, warnings, List.of());
  }

  /** {@return how many changes of all workspaces have the action} */
  public long count(Action action) {
    return workspaces.stream().mapToLong(w -> w.count(action)).sum();
  }

  /** {@return whether applying the plan would send any request} */
  public boolean hasChanges() {
    return count(Action.CREATE) + count(Action.UPDATE) + count(Action.DELETE) > 0;
  }

  /** {@return e.g. {@code Plan: 1 to create, 2 to update, 0 to delete.}} */
  public String summary() {
    String rotating =
        count(Action.ROTATING) == 0
            ? ""
            : " An overlap rotation is in progress: "
                + count(Action.ROTATING)
                + " webhooks left alone until complete-rotation.";
    if (!hasChanges()) {
      return "No changes. Live webhooks match the configuration." + rotating;
    }
    return "Plan: "
        + count(Action.CREATE)
        + " to create, "
        + count(Action.UPDATE)
        + " to update, "
        + count(Action.DELETE)
        + " to delete."
        + rotating;
  }
}
