package io.github.fbhooks.benchmarks;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A multi-workspace configuration of N webhooks, 10 to a workspace (Featurebase's cap), each
 * workspace with its own API key {@code sk_bench_<i>} (server id {@code ws-<i>}). Public for the
 * JMH benchmarks only.
 */
public final class Workload {

  static final int PER_WORKSPACE = WorkspaceConfig.DEFAULT_MAX_WEBHOOKS;

  private Workload() {}

  /** {@return how many workspaces hold n webhooks} */
  public static int workspaces(int n) {
    return Math.max(1, (n + PER_WORKSPACE - 1) / PER_WORKSPACE);
  }

  /**
   * The YAML text of n webhooks.
   *
   * @param baseUrl the API every workspace points at, or null for none (the default)
   * @param n how many webhooks
   * @param workspaces how many workspaces, at least {@link #workspaces(int) workspaces(n)}
   * @param description every webhook's description (change it to make n updates)
   * @param prune whether workspaces delete undeclared webhooks
   */
  public static String yaml(URI baseUrl, int n, int workspaces, String description, boolean prune) {
    StringBuilder y = new StringBuilder("version: 1\nworkspaces:\n");
    for (int w = 0; w < workspaces; w++) {
      y.append("  - serverId: ws-").append(w).append('\n');
      if (baseUrl != null) {
        y.append("    baseUrl: ").append(baseUrl).append('\n');
      }
      y.append("    prune: ").append(prune).append('\n');
      int first = Math.min(n, w * PER_WORKSPACE);
      int last = Math.min(n, first + PER_WORKSPACE);
      y.append(first == last ? "    webhooks: []\n" : "    webhooks:\n");
      for (int i = first; i < last; i++) {
        y.append("      - name: Hook ").append(i).append('\n');
        y.append("        url: https://hooks.example.com/fb/").append(i).append('\n');
        y.append("        description: ").append(description).append('\n');
        y.append(
            "        topics:\n          - post.created\n          - \"conversation.admin.*\"\n");
        y.append("        requestConfig:\n          timeoutMs: 5000\n");
        y.append("          headers:\n            X-Hook: \"").append(i).append("\"\n");
      }
    }
    return y.toString();
  }

  /** Writes the YAML to a file and loads it as the plugin would. */
  static WebhooksConfig load(Path dir, URI baseUrl, int n, String description, boolean prune) {
    return load(dir, baseUrl, n, workspaces(n), description, prune);
  }

  /** Writes the YAML to a file and loads it as the plugin would. */
  static WebhooksConfig load(
      Path dir, URI baseUrl, int n, int workspaces, String description, boolean prune) {
    try {
      Path file = dir.resolve("webhooks-" + n + "-" + workspaces + ".yaml");
      Files.writeString(
          file, yaml(baseUrl, n, workspaces, description, prune), StandardCharsets.UTF_8);
      return new ConfigLoader(name -> null, dir).load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the API key of a workspace: its server id's number} */
  static Secret keyOf(String serverId) {
    return Secret.of("sk_bench_" + serverId.substring("ws-".length()));
  }

  /**
   * A planning whose clients talk to each workspace's base URL with the workspace's key. The
   * benchmark trusts every base URL and server id of its own generated configuration, as a build
   * would list them in allowedBaseUrls and allowedServerIds.
   */
  static Planning planning(BuildLog log, WebhooksConfig config, int workspaceParallelism) {
    List<WorkspaceConfig> workspaces = config.workspaces();
    TrustedTargets trusted =
        TrustedTargets.of(workspaces.get(0).baseUrl().orElseThrow(), workspaces.get(0).serverId())
            .allowing(
                workspaces.stream().map(w -> w.baseUrl().orElseThrow()).toList(),
                workspaces.stream().map(WorkspaceConfig::serverId).toList());
    return new Planning(
        trusted,
        (target, sensitive) ->
            FeaturebaseClient.create(
                ClientSettings.of(target.baseUrl(), keyOf(target.serverId())).toBuilder()
                    .sensitiveValues(sensitive)
                    .build(),
                log),
        Clock.systemUTC(),
        workspaceParallelism);
  }
}
