package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * The webhooks of the one emulated workspace, in creation order. Every operation holds one lock, so
 * the cap check and the insert of a create, or a read and write of a PATCH, are atomic.
 *
 * <p>Each webhook gets a sequence number when created; list cursors point into that sequence, so
 * paging stays stable while webhooks are deleted.
 */
final class WebhookStore {

  /** A webhook and its place in creation order. */
  private record Entry(long seq, Webhook webhook) {}

  /**
   * One page of webhooks.
   *
   * @param webhooks the page
   * @param lastSeq the sequence number of the last webhook of the page when more follow
   */
  record Slice(List<Webhook> webhooks, OptionalLong lastSeq) {}

  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final Clock clock;
  private final RandomIds ids;
  private long lastSeq;

  WebhookStore(Clock clock, RandomIds ids) {
    this.clock = clock;
    this.ids = ids;
  }

  /** {@return the webhook, or empty when the workspace is full} */
  synchronized Optional<Webhook> create(WebhookDraft draft) {
    if (byId.size() >= Contract.MAX_WEBHOOKS) {
      return Optional.empty();
    }
    String id;
    do {
      id = ids.newWebhookId();
    } while (byId.containsKey(id));
    Webhook webhook = draft.toWebhook(id, ids.newSecret(), now());
    byId.put(id, new Entry(++lastSeq, webhook));
    return Optional.of(webhook);
  }

  synchronized Optional<Webhook> get(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::webhook);
  }

  /** {@return the changed webhook, or empty when there is no such webhook} */
  synchronized Optional<Webhook> update(String id, WebhookPatch patch) {
    return replace(id, w -> patch.applyTo(w, now()));
  }

  /** {@return the webhook with a new secret; the old secret is gone at once} */
  synchronized Optional<Webhook> rotateSecret(String id) {
    return replace(id, w -> rotated(w, now()));
  }

  synchronized Optional<Webhook> delete(String id) {
    return Optional.ofNullable(byId.remove(id)).map(Entry::webhook);
  }

  /**
   * Reads a page in creation order.
   *
   * @param afterSeq only webhooks created after this sequence number (0 for the first page)
   * @param limit the page size
   * @param status only webhooks with this status, or null for all
   * @return the page
   */
  synchronized Slice list(long afterSeq, int limit, WebhookStatus status) {
    List<Entry> matching =
        byId.values().stream()
            .filter(e -> e.seq() > afterSeq)
            .filter(e -> status == null || e.webhook().status() == status)
            .toList();
    List<Entry> page = matching.subList(0, Math.min(limit, matching.size()));
    OptionalLong next =
        matching.size() > page.size()
            ? OptionalLong.of(page.get(page.size() - 1).seq())
            : OptionalLong.empty();
    return new Slice(page.stream().map(Entry::webhook).toList(), next);
  }

  /** {@return the highest sequence number handed out so far; cursors beyond it are forged} */
  synchronized long lastSeq() {
    return lastSeq;
  }

  synchronized int size() {
    return byId.size();
  }

  /** Replaces all webhooks, e.g. with the seed. Sequence numbers keep growing. */
  synchronized void replaceAll(List<Webhook> webhooks) {
    byId.clear();
    for (Webhook w : webhooks) {
      byId.put(w.id(), new Entry(++lastSeq, w));
    }
  }

  private Optional<Webhook> replace(String id, UnaryOperator<Webhook> change) {
    Entry entry = byId.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    Webhook changed = change.apply(entry.webhook());
    byId.put(id, new Entry(entry.seq(), changed));
    return Optional.of(changed);
  }

  private Webhook rotated(Webhook w, Instant now) {
    return new Webhook(
        w.id(),
        w.name(),
        w.url(),
        ids.newSecret(),
        w.description(),
        w.topics(),
        w.status(),
        w.requestConfig(),
        w.lastStatus(),
        w.health(),
        w.version(),
        w.createdAt(),
        now);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
