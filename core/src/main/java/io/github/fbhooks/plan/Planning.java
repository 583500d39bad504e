package io.github.fbhooks.plan;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan use case: reads each workspace with list calls only ({@code limit=100}, following {@code
 * nextCursor}; no GET per webhook) and diffs it against the configuration.
 */
public final class Planning {

  private final WorkspaceClients clients;
  private final Clock clock;
  private final Map<WorkspaceConfig, FeaturebaseClient> cache = new IdentityHashMap<>();

  /**
   * @param clients gives each workspace's client; each is asked once
   * @param clock stamps the plan
   */
  public Planning(WorkspaceClients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  /**
   * Plans every workspace of the configuration.
   *
   * @param config the validated configuration
   * @param filter limits the plan to some webhook names
   * @return the plan
   * @throws PlanException when a workspace cannot be reconciled
   */
  public Plan plan(WebhooksConfig config, NameFilter filter) {
    List<WorkspacePlan> workspaces = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (WorkspaceConfig workspace : config.workspaces()) {
      FeaturebaseClient client = client(workspace);
      try {
        workspaces.add(
            new Planner()
                .plan(
                    workspace,
                    client.settings().baseUrl().toString(),
                    client.listAll(),
                    filter,
                    warnings));
      } catch (PlanException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
    return new Plan(clock.instant(), workspaces, warnings);
  }

  /**
   * The client this planning used for a workspace, so applying reuses its connections.
   *
   * @param workspace a workspace of the configuration
   * @return its client
   */
  public FeaturebaseClient client(WorkspaceConfig workspace) {
    return cache.computeIfAbsent(workspace, clients::clientFor);
  }
}
