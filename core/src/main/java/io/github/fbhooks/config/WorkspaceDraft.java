package io.github.fbhooks.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.webhook.WebhookId;
import java.net.URI;
import java.util.ArrayList;
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
   * Every webhook of this declaration that has a name, including those with other problems, so that
   * a duplicate name or id is reported in the same run as the problems of its fields.
   *
   * @return the names and valid ids, with their paths, in file order
   */
  List<Named> named() {
    JsonNode list = document.root().at(path.pointer()).path("webhooks");
    List<Named> named = new ArrayList<>();
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      JsonNode node = list.get(i);
      if (node.path("name").isTextual()) {
        String id = node.path("id").isTextual() ? node.get("id").asText() : null;
        named.add(
            new Named(
                node.get("name").asText(),
                Optional.ofNullable(id).filter(WebhookId::isValid),
                path.key("webhooks").index(i)));
      }
    }
    return named;
  }

  /**
   * A webhook's name and id as declared.
   *
   * @param name the name
   * @param id the id, where it is a valid one
   * @param path the webhook's path in its file
   */
  record Named(String name, Optional<String> id, YamlPath path) {}

  /**
   * One webhook with the path it was declared at.
   *
   * @param webhook the webhook
   * @param path its path in its file
   */
  record WebhookDraft(DesiredWebhook webhook, YamlPath path) {}
}
