package io.github.fbhooks.plan;

import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.Webhook;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan for one webhook. Holds no secret and no sensitive value in its printable parts; the
 * desired and live webhooks it was computed from are kept for applying, never rendered.
 *
 * @param action what to do
 * @param name the webhook name (the desired one; for deletes and unmanaged, the live one)
 * @param webhookId the live id, empty for creates
 * @param fields the fields that change (updates), or that a create sets
 * @param suspended whether Featurebase suspended the live webhook after delivery failures
 * @param liveDigests per diffed field, a digest of the live value: a saved plan is stale when the
 *     live webhook no longer has these
 * @param desired the declared webhook, for creates and updates
 * @param live the live webhook, for updates and deletes
 */
public record Change(
    Action action,
    String name,
    Optional<String> webhookId,
    List<FieldChange> fields,
    boolean suspended,
    Map<String, String> liveDigests,
    Optional<DesiredWebhook> desired,
    Optional<Webhook> live) {

  /** Checks the parts and copies the collections. */
  public Change {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(webhookId, "webhookId");
    fields = List.copyOf(fields);
    liveDigests = Map.copyOf(liveDigests);
    Objects.requireNonNull(desired, "desired");
    Objects.requireNonNull(live, "live");
  }

  /** {@return how messages name this webhook: 'name' (id) or 'name', escaped for printing} */
  public String label() {
    return SafeText.quote(name) + webhookId.map(id -> " (" + SafeText.escape(id) + ")").orElse("");
  }
}
