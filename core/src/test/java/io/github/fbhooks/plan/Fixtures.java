package io.github.fbhooks.plan;

import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.config.SourceLocation;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builders for declared and live webhooks in plan tests. */
final class Fixtures {

  static final SourceLocation HERE = new SourceLocation(Path.of("webhooks.yaml"), 3, 5);

  private Fixtures() {}

  static DesiredWebhook desired(String name) {
    return new DesiredWebhook(
        name,
        Optional.empty(),
        "https://example.com/" + name.toLowerCase().replace(' ', '-'),
        Optional.empty(),
        List.of("post.created"),
        WebhookStatus.ACTIVE,
        Optional.empty(),
        Map.of(),
        false,
        Set.of(),
        HERE);
  }

  static DesiredWebhook withId(DesiredWebhook d, String id) {
    return new DesiredWebhook(
        d.name(),
        Optional.of(id),
        d.url(),
        d.description(),
        d.topics(),
        d.status(),
        d.timeoutMs(),
        d.headers(),
        d.preventDestroy(),
        d.ignoreChanges(),
        d.location());
  }

  static DesiredWebhook withName(DesiredWebhook d, String name) {
    return new DesiredWebhook(
        name,
        d.id(),
        d.url(),
        d.description(),
        d.topics(),
        d.status(),
        d.timeoutMs(),
        d.headers(),
        d.preventDestroy(),
        d.ignoreChanges(),
        d.location());
  }

  static DesiredWebhook with(
      DesiredWebhook d,
      String url,
      Optional<String> description,
      List<String> topics,
      WebhookStatus status,
      Optional<Integer> timeoutMs,
      Map<String, HeaderValue> headers,
      boolean preventDestroy,
      Set<String> ignoreChanges) {
    return new DesiredWebhook(
        d.name(),
        d.id(),
        url,
        description,
        topics,
        status,
        timeoutMs,
        headers,
        preventDestroy,
        ignoreChanges,
        d.location());
  }

  static Webhook live(String id, DesiredWebhook like) {
    return new Webhook(
        id,
        like.name(),
        like.url(),
        Secret.of("whsec_live_" + id),
        like.description().orElse(null),
        like.topics(),
        like.status(),
        new RequestConfig(
            like.timeoutMs().orElse(5000),
            like.headers().entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().value()))),
        null,
        null,
        "1.0",
        Instant.EPOCH,
        Instant.EPOCH);
  }

  static Webhook withStatus(Webhook w, WebhookStatus status) {
    return new Webhook(
        w.id(),
        w.name(),
        w.url(),
        w.secret(),
        w.description(),
        w.topics(),
        status,
        w.requestConfig(),
        w.lastStatus(),
        w.health(),
        w.version(),
        w.createdAt(),
        w.updatedAt());
  }

  static WorkspaceConfig workspace(boolean prune, DesiredWebhook... webhooks) {
    return new WorkspaceConfig(
        "featurebase", Optional.empty(), Optional.empty(), prune, List.of(webhooks), HERE);
  }
}
