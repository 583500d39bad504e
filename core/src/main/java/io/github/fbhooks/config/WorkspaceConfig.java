package io.github.fbhooks.config;

import io.github.fbhooks.api.ApiVersion;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Featurebase workspace and the webhooks it should have. A single-workspace file yields one of
 * these with the default server id.
 *
 * @param serverId settings.xml server holding this workspace's API key
 * @param baseUrl API base URL, when not the default
 * @param apiVersion API version, when not the default
 * @param prune delete live webhooks the configuration does not declare
 * @param webhooks the declared webhooks, in file order
 * @param location where the workspace was declared
 */
public record WorkspaceConfig(
    String serverId,
    Optional<URI> baseUrl,
    Optional<ApiVersion> apiVersion,
    boolean prune,
    List<DesiredWebhook> webhooks,
    SourceLocation location) {

  /** The server id used when the file names none. */
  public static final String DEFAULT_SERVER_ID = "featurebase";

  /**
   * The webhooks one Featurebase workspace may have by default. A workspace's plan can raise it, so
   * more is a warning ({@link WebhookLimits}), never an error.
   */
  public static final int DEFAULT_MAX_WEBHOOKS = 10;

  /** Checks required fields and copies the list. */
  public WorkspaceConfig {
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiVersion, "apiVersion");
    webhooks = List.copyOf(webhooks);
    Objects.requireNonNull(location, "location");
  }
}
