package io.github.fbhooks.plan;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.ConfigException;
import io.github.fbhooks.config.ConfigProblem;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.UntrustedTargetException;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.config.WorkspaceTarget;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.Webhook;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plan use case: reads each workspace with list calls only ({@code limit=100}, following {@code
 * nextCursor}; no GET per webhook) and diffs it against the configuration.
 *
 * <p>Before any request, every workspace's base URL and server are checked against the build's
 * {@link TrustedTargets}, and no header value may carry an API key of the run (a delivery would
 * send it to the webhook URL).
 */
public final class Planning {

  private final TrustedTargets trusted;
  private final WorkspaceClients clients;
  private final Clock clock;
  private final int workspaceParallelism;
  private final BuildLog progress;
  private final Map<WorkspaceConfig, FeaturebaseClient> cache = new IdentityHashMap<>();

  /**
   * @param trusted the base URLs and servers the build allows a configuration to name
   * @param clients gives each workspace's client; each is asked once
   * @param clock stamps the plan
   */
  public Planning(TrustedTargets trusted, WorkspaceClients clients, Clock clock) {
    this(trusted, clients, clock, WorkspaceTasks.DEFAULT_WORKSPACE_PARALLELISM);
  }

  /**
   * @param trusted the base URLs and servers the build allows a configuration to name
   * @param clients gives each workspace's client; each is asked once
   * @param clock stamps the plan
   * @param workspaceParallelism how many workspaces are listed at once (those sharing a key in
   *     turn), at least 1
   */
  public Planning(
      TrustedTargets trusted, WorkspaceClients clients, Clock clock, int workspaceParallelism) {
    this(trusted, clients, clock, workspaceParallelism, BuildLog.NONE);
  }

  /**
   * @param trusted the base URLs and servers the build allows a configuration to name
   * @param clients gives each workspace's client; each is asked once
   * @param clock stamps the plan
   * @param workspaceParallelism how many workspaces are listed at once (those sharing a key in
   *     turn), at least 1
   * @param progress receives a line per workspace read, when there are several
   */
  public Planning(
      TrustedTargets trusted,
      WorkspaceClients clients,
      Clock clock,
      int workspaceParallelism,
      BuildLog progress) {
    if (workspaceParallelism < 1) {
      throw new IllegalArgumentException(
          "workspaceParallelism must be at least 1, was " + workspaceParallelism);
    }
    this.trusted = Objects.requireNonNull(trusted, "trusted");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.workspaceParallelism = workspaceParallelism;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Plans every workspace of the configuration.
   *
   * @param config the validated configuration
   * @param filter limits the plan to some webhook names
   * @return the plan
   * @throws UntrustedTargetException when the configuration names a base URL or server the build
   *     does not allow (nothing is sent)
   * @throws ConfigException when a header value carries an API key of this run (nothing is sent)
   * @throws PlanException when a workspace cannot be reconciled
   */
  public Plan plan(WebhooksConfig config, NameFilter filter) {
    List<WorkspaceConfig> configured = config.workspaces();
    List<WorkspaceTarget> targets = trusted.targetsOf(config);
    List<FeaturebaseClient> workspaceClients = configured.stream().map(this::client).toList();
    refuseKeysInHeaders(configured, workspaceClients);
    AtomicInteger read = new AtomicInteger();
    List<List<Webhook>> live =
        WorkspaceTasks.run(
            configured.size(),
            i -> keyOf(workspaceClients.get(i)),
            workspaceParallelism,
            i -> {
              List<Webhook> webhooks = workspaceClients.get(i).listAll();
              if (configured.size() > 1) {
                progress.info(
                    "Read workspace "
                        + SafeText.quote(targets.get(i).serverId())
                        + " at "
                        + workspaceClients.get(i).settings().baseUrl()
                        + ": "
                        + webhooks.size()
                        + (webhooks.size() == 1 ? " webhook (" : " webhooks (")
                        + read.incrementAndGet()
                        + " of "
                        + configured.size()
                        + " workspaces).");
              }
              return webhooks;
            });
    List<WorkspacePlan> workspaces = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      FeaturebaseClient client = workspaceClients.get(i);
      try {
        WorkspacePlan planned =
            new Planner()
                .plan(
                    configured.get(i),
                    client.settings().baseUrl().toString(),
                    live.get(i),
                    filter,
                    warnings);
        workspaces.add(
            new WorkspacePlan(targets.get(i).serverId(), planned.baseUrl(), planned.changes()));
      } catch (PlanException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
    List<String> unmatched = filter.unmatched(names(configured, live));
    for (String pattern : unmatched) {
      warnings.add(
          "The "
              + pattern
              + " pattern matches no webhook, declared or live, so it selects nothing; check it"
              + " against the names (matching is case-sensitive, * is any run of characters).");
    }
    return new Plan(clock.instant(), workspaces, warnings, unmatched);
  }

  private static Set<String> names(List<WorkspaceConfig> configured, List<List<Webhook>> live) {
    Set<String> names = new HashSet<>();
    configured.forEach(w -> w.webhooks().forEach(d -> names.add(d.name())));
    live.forEach(list -> list.forEach(w -> names.add(w.name())));
    return names;
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
   * @throws UntrustedTargetException when the workspace names a base URL or server the build does
   *     not allow
   */
  public FeaturebaseClient client(WorkspaceConfig workspace) {
    synchronized (cache) {
      return cache.computeIfAbsent(
          workspace, w -> clients.clientFor(trusted.targetOf(w), sensitiveValues(w)));
    }
  }

  private static List<Secret> sensitiveValues(WorkspaceConfig workspace) {
    return workspace.webhooks().stream()
        .flatMap(w -> w.headers().values().stream())
        .filter(HeaderValue::sensitive)
        .map(value -> Secret.of(value.value()))
        .toList();
  }

  /**
   * Refuses a header value that holds an API key of this run: a delivery would send the key to the
   * webhook URL, which the configuration (perhaps a pull request) chose. Every workspace's key is
   * checked against every header, since a header of one workspace's webhook can carry another's.
   */
  private static void refuseKeysInHeaders(
      List<WorkspaceConfig> workspaces, List<FeaturebaseClient> clients) {
    List<Secret> keys = clients.stream().map(c -> c.settings().apiKey()).toList();
    List<ConfigProblem> problems = new ArrayList<>();
    for (WorkspaceConfig workspace : workspaces) {
      for (DesiredWebhook webhook : workspace.webhooks()) {
        webhook
            .headers()
            .forEach(
                (name, value) -> {
                  if (keys.stream().anyMatch(key -> value.value().contains(key.reveal()))) {
                    problems.add(
                        new ConfigProblem(
                            webhook.location(),
                            "requestConfig.headers." + name,
                            (value.variables().isEmpty()
                                    ? "the value"
                                    : "the value of "
                                        + String.join(
                                            ", ",
                                            value.variables().stream()
                                                .map(v -> "${env:" + v + "}")
                                                .toList()))
                                + " of header "
                                + name
                                + " of webhook '"
                                + SafeText.escape(webhook.name())
                                + "' holds a Featurebase API key of this run: every delivery"
                                + " would send it to the webhook URL. Nothing was sent; use a"
                                + " value that holds only the receiver's token"));
                  }
                });
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
  }
}
