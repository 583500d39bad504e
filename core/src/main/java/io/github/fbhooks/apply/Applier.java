package io.github.fbhooks.apply;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.FeaturebaseException;
import io.github.fbhooks.api.NotFoundException;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.SecretDocument;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.plan.Action;
import io.github.fbhooks.plan.Change;
import io.github.fbhooks.plan.WebhookDiff;
import io.github.fbhooks.plan.WorkspacePlan;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookStatus;
import io.github.fbhooks.webhook.WebhookUpdate;
import io.github.fbhooks.words.Words;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a workspace plan: exactly one request per change (plus a PATCH for a webhook created
 * paused), deletes first to free capacity, then updates, then creates, each group with bounded
 * parallelism. A failed change does not stop the others; the result says what landed.
 *
 * <p>A create whose outcome is unknown (timeout, lost answer) is never retried blindly: the
 * workspace is listed and a webhook with that name and URL is taken as the created one. The secret
 * of every created webhook goes to the outputs, since there is no other moment to capture it.
 */
final class Applier {

  /**
   * How long to wait before listing after a create with an unknown outcome, so that a create the
   * server is still processing shows up (the same wait as the rotation's read-back).
   */
  static final Duration SETTLE_DELAY = Duration.ofMillis(500);

  private final FeaturebaseClient client;
  private final AtomicInteger finished = new AtomicInteger();
  private final BuildLog log;
  private final int parallelism;
  private final Function<DesiredWebhook, List<SecretSink>> secretOutputs;
  private final IntentJournal journal;
  private final Clock clock;
  private final Map<DesiredWebhook, List<SecretSink>> prepared = new IdentityHashMap<>();

  /**
   * An applier that keeps no intent markers.
   *
   * @param client the workspace's API client
   * @param log progress (never a secret)
   * @param parallelism how many requests may run at once, at least 1
   * @param secretOutputs the outputs for the secret of a created webhook
   */
  public Applier(
      FeaturebaseClient client,
      BuildLog log,
      int parallelism,
      Function<DesiredWebhook, List<SecretSink>> secretOutputs) {
    this(client, log, parallelism, secretOutputs, IntentJournal.none());
  }

  /**
   * @param client the workspace's API client
   * @param log progress (never a secret)
   * @param parallelism how many requests may run at once, at least 1
   * @param secretOutputs the outputs for the secret of a created webhook
   * @param journal where a create's intent is recorded until its secret is handed out
   */
  public Applier(
      FeaturebaseClient client,
      BuildLog log,
      int parallelism,
      Function<DesiredWebhook, List<SecretSink>> secretOutputs,
      IntentJournal journal) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
    }
    this.client = client;
    this.log = log;
    this.parallelism = parallelism;
    this.secretOutputs = secretOutputs;
    this.journal = journal;
    this.clock = Clock.systemUTC();
  }

  /**
   * Prepares the outputs of every planned create before anything is sent (for a file: its temporary
   * file, with the space the secret needs), so that a create's secret, handed out only once, can
   * always be written. Call {@link #release()} when done.
   *
   * @param plan the workspace plan
   * @throws SecretOutputException when an output cannot be written; what was prepared is released
   */
  public synchronized void preflight(WorkspacePlan plan) {
    try {
      for (Change change : plan.changes()) {
        if (change.action() == Action.CREATE) {
          DesiredWebhook desired = change.desired().orElseThrow();
          List<SecretSink> sinks = secretOutputs.apply(desired);
          prepared.put(desired, sinks);
          sinks.forEach(SecretSink::prepare);
        }
      }
    } catch (RuntimeException e) {
      release();
      throw e;
    }
  }

  /** Gives back what {@link #preflight} reserved and no create used; never throws. */
  public synchronized void release() {
    prepared.values().forEach(sinks -> sinks.forEach(SecretSink::release));
  }

  private synchronized List<SecretSink> outputsOf(DesiredWebhook desired) {
    return prepared.computeIfAbsent(desired, secretOutputs);
  }

  /**
   * Applies the plan.
   *
   * @param plan the workspace plan
   * @return every change's outcome
   */
  public ApplyResult apply(WorkspacePlan plan) {
    List<Action> groups = List.of(Action.DELETE, Action.UPDATE, Action.CREATE);
    long total = plan.changes().stream().filter(c -> groups.contains(c.action())).count();
    // a wait for the rate-limit window says how far the apply got
    client.reportProgress(
        () -> String.format(Locale.ROOT, "%,d of %,d changes done", finished.get(), total));
    try {
      List<ChangeOutcome> outcomes = new ArrayList<>();
      for (Action group : groups) {
        List<Change> changes = plan.changes().stream().filter(c -> c.action() == group).toList();
        List<ChangeOutcome> done = runAll(changes);
        outcomes.addAll(group == Action.CREATE ? withDuplicatesReported(done) : done);
      }
      return new ApplyResult(outcomes);
    } finally {
      client.reportProgress(null);
    }
  }

  /**
   * Lists the workspace after creating, and reports any created name that more than one live
   * webhook now has: a concurrent apply in another process created it too (nothing coordinates
   * separate processes, and the API has no idempotency key). Such a create counts as failed, so the
   * build does not end in success with two webhooks where one was declared.
   */
  private List<ChangeOutcome> withDuplicatesReported(List<ChangeOutcome> creates) {
    if (creates.stream().noneMatch(ChangeOutcome::applied)) {
      return creates;
    }
    List<Webhook> live;
    try {
      live = client.listAll();
    } catch (FeaturebaseException e) {
      log.warn(
          "Could not list the workspace after creating, to check that no concurrent apply created"
              + " the same webhooks ("
              + e.summary()
              + "); the next plan reports any duplicate.");
      return creates;
    }
    List<ChangeOutcome> checked = new ArrayList<>();
    for (ChangeOutcome outcome : creates) {
      List<String> ids =
          live.stream()
              .filter(w -> outcome.change().name().equals(w.name()))
              .map(Webhook::id)
              .toList();
      if (!outcome.applied() || ids.size() < 2) {
        checked.add(outcome);
        continue;
      }
      ChangeOutcome duplicate =
          new ChangeOutcome(
              outcome.change(),
              false,
              outcome.webhookId(),
              ids.size()
                  + " live webhooks are now named "
                  + SafeText.quote(outcome.change().name())
                  + " ("
                  + String.join(", ", ids)
                  + "): another apply, in another process, created it at the same time. This run"
                  + " created "
                  + outcome.webhookId().orElse("one of them")
                  + " and handed out its secret; delete the other one, or pin the one to keep"
                  + " with 'id:' and delete the rest, then plan again");
      log.warn(duplicate.line());
      checked.add(duplicate);
    }
    return checked;
  }

  private List<ChangeOutcome> runAll(List<Change> changes) {
    if (changes.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, changes.size()));
    try {
      List<Future<ChangeOutcome>> futures = new ArrayList<>();
      for (Change change : changes) {
        futures.add(pool.submit(() -> runOne(change)));
      }
      List<ChangeOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        outcomes.add(await(futures.get(i), changes.get(i)));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static ChangeOutcome await(Future<ChangeOutcome> future, Change change) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ChangeOutcome(change, false, change.webhookId(), "interrupted");
    } catch (ExecutionException e) {
      return new ChangeOutcome(change, false, change.webhookId(), Words.of(e.getCause()));
    }
  }

  private ChangeOutcome runOne(Change change) {
    try {
      ChangeOutcome outcome =
          switch (change.action()) {
            case DELETE -> delete(change);
            case UPDATE -> update(change);
            case CREATE -> create(change);
            default ->
                throw new IllegalArgumentException("nothing to apply for " + change.action());
          };
      log.info(outcome.line());
      return outcome;
    } catch (FeaturebaseException | SecretOutputException e) {
      ChangeOutcome failed = new ChangeOutcome(change, false, change.webhookId(), Words.of(e));
      log.warn(failed.line());
      return failed;
    } finally {
      finished.incrementAndGet();
    }
  }

  private ChangeOutcome delete(Change change) {
    String id = change.webhookId().orElseThrow();
    try {
      client.delete(id);
      return new ChangeOutcome(change, true, change.webhookId(), "");
    } catch (NotFoundException e) {
      if (!e.isWebhookNotFound()) {
        throw e;
      }
      return new ChangeOutcome(change, true, change.webhookId(), "it was already gone");
    }
  }

  private ChangeOutcome update(Change change) {
    DesiredWebhook desired = change.desired().orElseThrow();
    Webhook live = change.live().orElseThrow();
    client.update(live.id(), WebhookDiff.updateBody(change, desired, live));
    return new ChangeOutcome(change, true, change.webhookId(), "");
  }

  private ChangeOutcome create(Change change) {
    DesiredWebhook desired = change.desired().orElseThrow();
    IntentJournal.Intent intent = recordIntent(desired);
    String detail = "";
    Webhook created;
    try {
      created = client.create(createBody(desired));
    } catch (FeaturebaseException e) {
      if (!e.outcomeUnknown()) {
        journal.clear(intent);
        throw e;
      }
      // a request the client gave up on may still be processed: give it a moment to land, or
      // the create below makes a duplicate
      settle();
      Optional<Webhook> found = findCreated(desired);
      if (found.isEmpty()) {
        log.warn(
            "The create of '"
                + desired.name()
                + "' had no clear answer and no such webhook exists; creating it once more.");
        created = client.create(createBody(desired));
      } else {
        created = found.get();
        detail = "its answer was lost; found the new webhook by name";
      }
    }
    handOverSecret(desired, created);
    journal.clear(intent);
    if (desired.status() == WebhookStatus.PAUSED) {
      client.update(created.id(), WebhookUpdate.builder().status(WebhookStatus.PAUSED).build());
    }
    return new ChangeOutcome(change, true, Optional.of(created.id()), detail);
  }

  private IntentJournal.Intent recordIntent(DesiredWebhook desired) {
    try {
      return journal.record(
          IntentJournal.Kind.CREATE,
          client.settings().baseUrl(),
          desired.name(),
          desired.name(),
          Optional.empty());
    } catch (java.io.IOException e) {
      throw new SecretOutputException(
          "Could not record that the webhook "
              + SafeText.quote(desired.name())
              + " is about to be created ("
              + e.getMessage()
              + "); it was not created. The record lets a later apply hand out its secret if this"
              + " one is interrupted: make the build directory writable.",
          e);
    }
  }

  private void settle() {
    try {
      Thread.sleep(SETTLE_DELAY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Optional<Webhook> findCreated(DesiredWebhook desired) {
    return client.listAll().stream()
        .filter(w -> desired.name().equals(w.name()) && desired.url().equals(w.url()))
        .findFirst();
  }

  /**
   * Writes a created webhook's secret to its outputs.
   *
   * @param desired the declared webhook
   * @param created the live webhook
   * @throws SecretOutputException when an output cannot be written
   */
  void handOverSecret(DesiredWebhook desired, Webhook created) {
    if (created.secret() == null) {
      created = client.get(created.id());
    }
    SecretDocument document =
        new SecretDocument(created.id(), created.name(), created.secret(), clock.instant());
    for (SecretSink sink : outputsOf(desired)) {
      sink.write(document);
      log.info(
          "Wrote the secret of " + SafeText.quote(desired.name()) + " to " + sink.describe() + ".");
    }
  }

  /** {@return the body that creates a declared webhook; see {@link WebhookDiff#createBody}} */
  static WebhookCreate createBody(DesiredWebhook desired) {
    return WebhookDiff.createBody(desired);
  }
}
