package io.github.fbhooks.plan;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.webhook.Webhook;
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
  private final int workspaceParallelism;
  private final Map<WorkspaceConfig, FeaturebaseClient> cache = new IdentityHashMap<>();

  /**
   * @param clients gives each workspace's client; each is asked once
   * @param clock stamps the plan
   */
  public Planning(WorkspaceClients clients, Clock clock) {
    this(clients, clock, WorkspaceTasks.DEFAULT_WORKSPACE_PARALLELISM);
  }

  /**
   * @param clients gives each workspace's client; each is asked once
   * @param clock stamps the plan
   * @param workspaceParallelism how many workspaces are listed at once (those sharing a key in
   *     turn), at least 1
   */
  public Planning(WorkspaceClients clients, Clock clock, int workspaceParallelism) {
    if (workspaceParallelism < 1) {
      throw new IllegalArgumentException(
          "workspaceParallelism must be at least 1, was " + workspaceParallelism);
    }
    this.clients = clients;
    this.clock = clock;
    this.workspaceParallelism = workspaceParallelism;
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
    List<WorkspaceConfig> configured = config.workspaces();
    List<FeaturebaseClient> workspaceClients = configured.stream().map(this::client).toList();
    List<List<Webhook>> live =
        WorkspaceTasks.run(
            configured.size(),
            i -> keyOf(workspaceClients.get(i)),
            workspaceParallelism,
            i -> workspaceClients.get(i).listAll());
    List<WorkspacePlan> workspaces = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      FeaturebaseClient client = workspaceClients.get(i);
      try {
        workspaces.add(
            new Planner()
                .plan(
                    configured.get(i),
                    client.settings().baseUrl().toString(),
                    live.get(i),
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
   * The identity of a workspace's API key, for running workspaces that share a key in turn.
   *
   * @param client the workspace's client
   * @return its base URL and key (the key compares by value and never prints)
   */
  public static Object keyOf(FeaturebaseClient client) {
    return List.of(client.settings().baseUrl(), client.settings().apiKey());
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
