package io.github.fbhooks.config;

import io.github.fbhooks.webhook.ApiVersion;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One workspace as one file declares it, before the files of a directory are merged.
 *
 * @param document the file
 * @param path where in the file ({@link YamlPath#ROOT} for the single-workspace form)
 * @param serverId the server id of the workspace's credential
 * @param baseUrl base URL, normalised, when given
 * @param apiVersion API version, when given
 * @param prune the prune flag, when written
 * @param webhooks the webhooks, with where each was declared
 */
record WorkspaceDraft(
    ParsedDocument document,
    YamlPath path,
    String serverId,
    Optional<URI> baseUrl,
    Optional<ApiVersion> apiVersion,
    Optional<Boolean> prune,
    List<WebhookDraft> webhooks) {

  WorkspaceDraft {
    webhooks = List.copyOf(webhooks);
  }

  /** {@return what makes two declarations the same workspace: server id and base URL} */
  String identity() {
    return serverId + baseUrl.map(u -> " at " + u).orElse("");
  }

  /** {@return where a field of the workspace is declared, empty when it is not} */
  Optional<SourceLocation> declared(String field) {
    return document.root().at(path.pointer()).has(field)
        ? Optional.of(document.valueAt(path.key(field)))
        : Optional.empty();
  }

  /** {@return where the workspace was declared} */
  SourceLocation location() {
    return document.valueAt(path);
  }

  /**
   * One webhook with the path it was declared at.
   *
   * @param webhook the webhook
   * @param path its path in its file
   */
  record WebhookDraft(DesiredWebhook webhook, YamlPath path) {}
}
