package io.github.fbhooks.config;

import io.github.fbhooks.webhook.ApiVersion;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one workspace's requests go and whose key they carry, as decided by trusted input: the base
 * URL and the credential (server id) the build allows, never one a configuration file chose alone.
 *
 * @param baseUrl the API base URL, normalised
 * @param serverId the id of the stored credential that is the workspace's API key
 * @param apiVersion the API version the configuration asks for, if any
 */
public record WorkspaceTarget(URI baseUrl, String serverId, Optional<ApiVersion> apiVersion) {

  /** Checks that every part is present. */
  public WorkspaceTarget {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(apiVersion, "apiVersion");
  }
}
