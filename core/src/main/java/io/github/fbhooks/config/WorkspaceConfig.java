package io.github.fbhooks.config;

import io.github.fbhooks.webhook.ApiVersion;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Featurebase workspace and the webhooks it should have. A single-workspace file yields one of
 * these with the default server id, not declared.
 *
 * <p>Where the API key of the workspace comes from and where it is sent are not the file's to
 * decide: {@link TrustedTargets} accepts a declared {@code serverId} or {@code baseUrl} only when
 * the build itself names it.
 *
 * @param serverId id of the stored credential that is this workspace's API key, as declared, else
 *     {@link #DEFAULT_SERVER_ID}
 * @param baseUrl API base URL, when the file names one
 * @param apiVersion API version, when not the default
 * @param prune delete live webhooks the configuration does not declare
 * @param webhooks the declared webhooks, in file order
 * @param location where the workspace was declared
 * @param serverIdLocation where {@code serverId} was declared; empty when the file names none
 * @param baseUrlLocation where {@code baseUrl} was declared; empty when the file names none
 */
public record WorkspaceConfig(
    String serverId,
    Optional<URI> baseUrl,
    Optional<ApiVersion> apiVersion,
    boolean prune,
    List<DesiredWebhook> webhooks,
    SourceLocation location,
    Optional<SourceLocation> serverIdLocation,
    Optional<SourceLocation> baseUrlLocation) {

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
    Objects.requireNonNull(serverIdLocation, "serverIdLocation");
    Objects.requireNonNull(baseUrlLocation, "baseUrlLocation");
  }

  /**
   * A workspace whose server id and base URL, if any, are declared at the workspace itself.
   *
   * @param serverId the server id
   * @param baseUrl the base URL, if the file names one
   * @param apiVersion API version, when not the default
   * @param prune delete live webhooks the configuration does not declare
   * @param webhooks the declared webhooks
   * @param location where the workspace was declared
   */
  public WorkspaceConfig(
      String serverId,
      Optional<URI> baseUrl,
      Optional<ApiVersion> apiVersion,
      boolean prune,
      List<DesiredWebhook> webhooks,
      SourceLocation location) {
    this(
        serverId,
        baseUrl,
        apiVersion,
        prune,
        webhooks,
        location,
        Optional.of(location),
        baseUrl.map(u -> location));
  }

  /** {@return whether the file names the workspace's server id} */
  public boolean declaresServerId() {
    return serverIdLocation.isPresent();
  }
}
