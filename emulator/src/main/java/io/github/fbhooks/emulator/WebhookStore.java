package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.Health;
import io.github.fbhooks.webhook.LastStatus;
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

  /**
   * A webhook, its place in creation order, and how many delivery attempts its average response
   * time covers.
   */
  private record Entry(long seq, Webhook webhook, long timedAttempts) {
    Entry(long seq, Webhook webhook) {
      this(seq, webhook, 0);
    }
  }

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
  private final int maxWebhooks;
  private long lastSeq;

  /**
   * @param clock for timestamps
   * @param ids for ids and secrets
   * @param maxWebhooks how many webhooks the workspace may hold
   */
  WebhookStore(Clock clock, RandomIds ids, int maxWebhooks) {
    this.clock = clock;
    this.ids = ids;
    this.maxWebhooks = maxWebhooks;
  }

  /** {@return the webhook, or empty when the workspace is full} */
  synchronized Optional<Webhook> create(WebhookDraft draft) {
    if (byId.size() >= maxWebhooks) {
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

  /** {@return the active webhooks subscribed to a topic, in creation order} */
  synchronized List<Webhook> activeSubscribers(String topic) {
    return byId.values().stream()
        .map(Entry::webhook)
        .filter(w -> w.status() == WebhookStatus.ACTIVE && w.topics().contains(topic))
        .toList();
  }

  /**
   * Records a delivery attempt in the webhook's {@code health} and {@code lastStatus}, and suspends
   * the webhook once {@code suspendAfter} attempts in a row have failed.
   *
   * @param id the webhook
   * @param outcome how the attempt went
   * @param at when it started
   * @param suspendAfter failed attempts in a row that suspend an active webhook
   * @return the updated webhook, or empty when it was deleted meanwhile
   */
  synchronized Optional<Webhook> recordAttempt(
      String id, AttemptOutcome outcome, Instant at, int suspendAfter) {
    Entry entry = byId.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    Webhook w = entry.webhook();
    Instant when = at.truncatedTo(ChronoUnit.MILLIS);
    Health h = w.health() == null ? WebhookDraft.zeroHealth() : w.health();
    long n = entry.timedAttempts();
    long avg = h.avgResponseTime() == null ? 0 : h.avgResponseTime();
    long newAvg =
        n == 0 ? outcome.latencyMs() : Math.round((avg * n + outcome.latencyMs()) / (n + 1.0));
    boolean ok = outcome.succeeded();
    int failures = ok ? 0 : orZero(h.consecutiveFailures()) + 1;
    int errors = ok ? 0 : orZero(h.errorsSinceLastSuccess()) + 1;
    Health health =
        new Health(newAvg, outcome.latencyMs(), failures, errors, ok ? when : h.lastSuccessAt());
    boolean suspend = !ok && w.status() == WebhookStatus.ACTIVE && failures >= suspendAfter;
    Webhook changed =
        w.toBuilder()
            .status(suspend ? WebhookStatus.SUSPENDED : w.status())
            .lastStatus(new LastStatus(outcome.status(), outcome.message(), when))
            .health(health)
            .updatedAt(suspend ? when : w.updatedAt())
            .build();
    byId.put(id, new Entry(entry.seq(), changed, n + 1));
    return Optional.of(changed);
  }

  private static int orZero(Integer i) {
    return i == null ? 0 : i;
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
    byId.put(id, new Entry(entry.seq(), changed, entry.timedAttempts()));
    return Optional.of(changed);
  }

  private Webhook rotated(Webhook w, Instant now) {
    return w.toBuilder().secret(ids.newSecret()).updatedAt(now).build();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
