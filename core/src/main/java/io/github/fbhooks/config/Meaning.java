package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.List;

/** A configuration without its source locations: what fmt must never change. */
final class Meaning {

  private static final SourceLocation NOWHERE = new SourceLocation(Path.of(""), 0, 0);

  private Meaning() {}

  /** {@return the workspaces, every location blanked} */
  static List<WorkspaceConfig> of(WebhooksConfig config) {
    return config.workspaces().stream()
        .map(
            w ->
                new WorkspaceConfig(
                    w.serverId(),
                    w.baseUrl(),
                    w.apiVersion(),
                    w.prune(),
                    w.webhooks().stream().map(Meaning::of).toList(),
                    NOWHERE,
                    w.serverIdLocation().map(l -> NOWHERE),
                    w.baseUrlLocation().map(l -> NOWHERE)))
        .toList();
  }

  private static DesiredWebhook of(DesiredWebhook w) {
    return w.withLocation(NOWHERE);
  }
}
