package io.github.fbhooks.plan;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.WorkspaceTarget;
import io.github.fbhooks.secret.Secret;
import java.util.List;

/**
 * Gives the API client of a workspace's trusted target: its base URL and the key of its server.
 * Front ends implement it with their own credential sources.
 */
@FunctionalInterface
public interface WorkspaceClients {

  /**
   * @param target where the workspace's requests go and whose key they carry, already checked
   *     against the build's trusted targets
   * @param sensitiveValues values the client must scrub from server text besides the key (the
   *     workspace's resolved {@code ${env:...}} header values); see {@link
   *     io.github.fbhooks.api.ClientSettings.Builder#sensitiveValues}
   * @return a client for it
   */
  FeaturebaseClient clientFor(WorkspaceTarget target, List<Secret> sensitiveValues);
}
