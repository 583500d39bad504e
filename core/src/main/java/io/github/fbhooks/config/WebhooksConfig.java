package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A whole configuration: one or more workspaces, read from a file or from the YAML files of a
 * directory.
 *
 * @param sources the files read, in the order they were merged
 * @param workspaces the workspaces, in declaration order
 */
public record WebhooksConfig(List<Path> sources, List<WorkspaceConfig> workspaces) {

  /** Copies the lists. */
  public WebhooksConfig {
    sources = List.copyOf(sources);
    workspaces = List.copyOf(Objects.requireNonNull(workspaces, "workspaces"));
  }

  /** {@return how many webhooks all workspaces declare} */
  public int webhookCount() {
    return workspaces.stream().mapToInt(w -> w.webhooks().size()).sum();
  }

  /** {@return what the configuration declares, e.g. {@code 3 webhooks in 1 workspace}} */
  public String summary() {
    int webhooks = webhookCount();
    return webhooks
        + (webhooks == 1 ? " webhook in " : " webhooks in ")
        + workspaces.size()
        + (workspaces.size() == 1 ? " workspace" : " workspaces");
  }
}
