package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.Health;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.time.Instant;
import java.util.List;

/**
 * A validated PATCH body. A null component was absent from the body and leaves the field as is.
 *
 * @param name the new name
 * @param url the new URL
 * @param description the new description; a change to null clears it
 * @param topics the new topics
 * @param status active or paused
 * @param requestConfig the request config change (never to null: the schema has no null config)
 */
record WebhookPatch(
    Change<String> name,
    Change<String> url,
    Change<String> description,
    Change<List<String>> topics,
    WebhookStatus status,
    Change<RequestConfigPatch> requestConfig) {

  boolean isEmpty() {
    return name == null
        && url == null
        && description == null
        && topics == null
        && status == null
        && requestConfig == null;
  }

  /** {@return the webhook with this patch applied; an empty patch changes nothing} */
  Webhook applyTo(Webhook w, Instant now) {
    if (isEmpty()) {
      return w;
    }
    return w.toBuilder()
        .name(name == null ? w.name() : name.value())
        .url(url == null ? w.url() : url.value())
        .description(description == null ? w.description() : description.value())
        .topics(topics == null ? w.topics() : topics.value())
        .status(status == null ? w.status() : status)
        .requestConfig(
            requestConfig == null
                ? w.requestConfig()
                : requestConfig.value().applyTo(w.requestConfig()))
        .health(status == WebhookStatus.ACTIVE ? resetCounters(w.health()) : w.health())
        .updatedAt(now)
        .build();
  }

  // "active" re-enables a suspended webhook and starts its failure counting afresh
  private static Health resetCounters(Health h) {
    if (h == null) {
      return WebhookDraft.zeroHealth();
    }
    return new Health(h.avgResponseTime(), h.lastResponseTime(), 0, 0, h.lastSuccessAt());
  }
}
