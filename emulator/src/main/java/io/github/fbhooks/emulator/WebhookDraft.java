package io.github.fbhooks.emulator;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Health;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The user-owned fields of a new webhook, already validated.
 *
 * @param name 1..100 characters
 * @param url https URL, or http to a loopback host
 * @param topics known topics, no duplicates
 * @param description at most 500 characters, or null
 * @param requestConfig timeout and headers, or null when none was given (the webhook then gets the
 *     default timeout and no headers)
 */
record WebhookDraft(
    String name, String url, List<String> topics, String description, RequestConfig requestConfig) {

  WebhookDraft {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    topics = List.copyOf(topics);
  }

  /** {@return the webhook as create makes it: active, zeroed health, no delivery yet} */
  Webhook toWebhook(String id, Secret secret, Instant now) {
    return Webhook.builder(id)
        .name(name)
        .url(url)
        .secret(secret)
        .description(description)
        .topics(topics)
        .status(WebhookStatus.ACTIVE)
        .requestConfig(RequestConfigPatch.complete(requestConfig))
        .health(zeroHealth())
        .version(Contract.PAYLOAD_VERSION)
        .createdAt(now)
        .updatedAt(now)
        .build();
  }

  static Health zeroHealth() {
    return new Health(0L, 0L, 0, 0, null);
  }
}
