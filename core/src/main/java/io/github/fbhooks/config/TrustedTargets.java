package io.github.fbhooks.config;

import io.github.fbhooks.api.BaseUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The base URLs and credentials (server ids) that trusted input (the build's own settings: its
 * build file, its command line, its credential store) allows, and the rule that applies them: a
 * {@code webhooks.yaml} may name a base URL or a server only when the build allows it. A
 * configuration file can come from a pull request, so it never decides by itself which host an API
 * key goes to, nor which key goes.
 *
 * @param baseUrl the build's base URL, used where the file names none
 * @param serverId the build's server id, used where the file names none
 * @param allowedBaseUrls further base URLs a file may name (normalised)
 * @param allowedServerIds further server ids a file may name
 */
public record TrustedTargets(
    URI baseUrl, String serverId, Set<URI> allowedBaseUrls, Set<String> allowedServerIds) {

  /**
   * Normalises the URLs and copies the sets.
   *
   * @throws IllegalArgumentException when a URL breaks the {@link BaseUrls} rules
   */
  public TrustedTargets {
    baseUrl = BaseUrls.normalize(Objects.requireNonNull(baseUrl, "baseUrl"));
    Objects.requireNonNull(serverId, "serverId");
    Set<URI> urls = new LinkedHashSet<>();
    allowedBaseUrls.forEach(url -> urls.add(BaseUrls.normalize(url)));
    allowedBaseUrls = Set.copyOf(urls);
    allowedServerIds = Set.copyOf(allowedServerIds);
  }

  /**
   * Trusts only the build's own base URL and server.
   *
   * @param baseUrl the build's base URL
   * @param serverId the build's server id
   * @return the targets
   */
  public static TrustedTargets of(URI baseUrl, String serverId) {
    return new TrustedTargets(baseUrl, serverId, Set.of(), Set.of());
  }

  /**
   * A copy that also trusts these base URLs and server ids.
   *
   * @param baseUrls further base URLs a file may name
   * @param serverIds further server ids a file may name
   * @return the copy
   */
  public TrustedTargets allowing(Collection<URI> baseUrls, Collection<String> serverIds) {
    Set<URI> urls = new LinkedHashSet<>(allowedBaseUrls);
    urls.addAll(baseUrls);
    Set<String> ids = new LinkedHashSet<>(allowedServerIds);
    ids.addAll(serverIds);
    return new TrustedTargets(baseUrl, serverId, urls, ids);
  }

  /**
   * Where one workspace's requests go.
   *
   * @param workspace a configured workspace
   * @return its target
   * @throws UntrustedTargetException when it names a base URL or server the build does not allow
   */
  public WorkspaceTarget targetOf(WorkspaceConfig workspace) {
    List<UntrustedTargetException.Untrusted> untrusted = new ArrayList<>();
    WorkspaceTarget target = targetOf(workspace, untrusted);
    if (!untrusted.isEmpty()) {
      throw new UntrustedTargetException(untrusted);
    }
    return target;
  }

  /**
   * Where each workspace's requests go, checking them all before any is used.
   *
   * @param config the configuration
   * @return one target per workspace, in order
   * @throws UntrustedTargetException naming every value the build does not allow
   */
  public List<WorkspaceTarget> targetsOf(WebhooksConfig config) {
    List<UntrustedTargetException.Untrusted> untrusted = new ArrayList<>();
    List<WorkspaceTarget> targets = new ArrayList<>();
    for (WorkspaceConfig workspace : config.workspaces()) {
      targets.add(targetOf(workspace, untrusted));
    }
    if (!untrusted.isEmpty()) {
      throw new UntrustedTargetException(untrusted);
    }
    return targets;
  }

  private WorkspaceTarget targetOf(
      WorkspaceConfig workspace, List<UntrustedTargetException.Untrusted> untrusted) {
    URI url = baseUrl;
    Optional<URI> declaredUrl = workspace.baseUrl().map(BaseUrls::normalize);
    if (declaredUrl.isPresent()) {
      url = declaredUrl.get();
      if (!url.equals(baseUrl) && !allowedBaseUrls.contains(url)) {
        untrusted.add(
            new UntrustedTargetException.Untrusted(
                workspace.baseUrlLocation().orElse(workspace.location()),
                UntrustedTargetException.Kind.BASE_URL,
                url.toString()));
      }
    }
    String server = serverId;
    if (workspace.declaresServerId()) {
      server = workspace.serverId();
      if (!server.equals(serverId) && !allowedServerIds.contains(server)) {
        untrusted.add(
            new UntrustedTargetException.Untrusted(
                workspace.serverIdLocation().orElseThrow(),
                UntrustedTargetException.Kind.SERVER_ID,
                server));
      }
    }
    return new WorkspaceTarget(url, server, workspace.apiVersion());
  }
}
