package io.github.fbhooks.plan;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.WorkspaceConfig;

/** Gives the API client of a configured workspace (its base URL, version and key). */
@FunctionalInterface
public interface WorkspaceClients {

  /**
   * @param workspace the configured workspace
   * @return a client for it
   */
  FeaturebaseClient clientFor(WorkspaceConfig workspace);
}
