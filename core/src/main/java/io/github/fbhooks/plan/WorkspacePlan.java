package io.github.fbhooks.plan;

import java.util.List;
import java.util.Objects;

/**
 * The plan for one workspace.
 *
 * @param serverId the server id of the credential holding the workspace's key
 * @param baseUrl the API base URL
 * @param changes one change per declared or live webhook, declared ones first, in file order
 */
public record WorkspacePlan(String serverId, String baseUrl, List<Change> changes) {

  /** Checks the parts and copies the list. */
  public WorkspacePlan {
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(baseUrl, "baseUrl");
    changes = List.copyOf(changes);
  }

  /** {@return how many changes have the action} */
  public long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }
}
