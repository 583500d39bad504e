package io.github.fbhooks.rotate;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.FeaturebaseException;
import io.github.fbhooks.api.Sleeper;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.SecretDocument;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rotates a webhook signing secret and hands the new one to the outputs, without ever losing it.
 *
 * <p>Featurebase invalidates the old secret the moment it issues a new one, and the rotation
 * endpoint has no idempotency key. So the protocol is:
 *
 * <ol>
 *   <li>Pre-flight: find the webhook (this proves the key works) and remember its current secret;
 *       prepare every output (for a file: its temporary file and the space it needs). Any failure
 *       here rotates nothing.
 *   <li>Record an intent marker (no secret in it) in the {@link IntentJournal}. If an earlier run
 *       left one for this webhook, it was interrupted: when the secret has changed since its
 *       marker, that rotation happened and its secret was never handed out, so the live secret is
 *       handed out instead of rotating again (unless asked to rotate anew).
 *   <li>Rotate once. If the outcome is unknown (timeout, lost response, 5xx, unreadable answer, an
 *       answer for another webhook or without a well-formed new secret), read the webhook back: a
 *       changed secret means the rotation happened, so that secret is used; an unchanged one means
 *       it did not, so the rotation is tried again, a bounded number of times. One successful
 *       rotation is never followed by a second.
 *   <li>Write the live secret to every output; if one fails, the others are still written and the
 *       failure names them all.
 *   <li>Read the webhook back once more: if another run rotated it meanwhile, the outputs hold a
 *       dead secret, and that is a failure, never a success. Then remove the marker.
 * </ol>
 */
public final class SecretRotator {

  /** How many rotation requests one run may send at most. */
  public static final int MAX_ROTATE_CALLS = 3;

  /** How long to wait before reading back after an unknown outcome, so a slow rotation lands. */
  static final Duration SETTLE_DELAY = Duration.ofMillis(500);

  private final FeaturebaseClient client;
  private final BuildLog log;
  private final IntentJournal journal;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * A rotator that keeps no intent markers.
   *
   * @param client the API client
   * @param log progress messages (never a secret)
   */
  public SecretRotator(FeaturebaseClient client, BuildLog log) {
    this(client, log, IntentJournal.none());
  }

  /**
   * @param client the API client
   * @param log progress messages (never a secret)
   * @param journal where intent markers go, so an interrupted rotation is noticed by the next run
   */
  public SecretRotator(FeaturebaseClient client, BuildLog log, IntentJournal journal) {
    this(client, log, journal, Clock.systemUTC(), Sleeper.system());
  }

  SecretRotator(FeaturebaseClient client, BuildLog log, Clock clock, Sleeper sleeper) {
    this(client, log, IntentJournal.none(), clock, sleeper);
  }

  SecretRotator(
      FeaturebaseClient client, BuildLog log, IntentJournal journal, Clock clock, Sleeper sleeper) {
    this.client = client;
    this.log = log;
    this.journal = journal;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Finds the webhook a selector names, with its current secret; changes nothing.
   *
   * @param selector by id or by name
   * @return the live webhook
   * @throws WebhookSelectionException when the webhook does not exist or is ambiguous
   */
  public Webhook resolve(WebhookSelector selector) {
    Webhook webhook = new WebhookResolver(client).resolve(selector);
    log.info("Webhook " + webhook.label() + " found.");
    return webhook;
  }

  /**
   * Rotates the secret of the selected webhook and writes the new one to the outputs.
   *
   * @param request the webhook, the outputs and the dry-run flag
   * @return what happened, without the secret
   * @throws WebhookSelectionException when the webhook does not exist or is ambiguous
   * @throws SecretOutputException when an output fails its pre-flight (nothing rotated)
   * @throws RotationException when the rotation failed; its state says what is known
   * @throws FeaturebaseException when the pre-flight call failed (nothing rotated)
   */
  public RotationResult rotate(RotationRequest request) {
    return rotate(resolve(request.selector()), request).result();
  }

  /**
   * Rotates the secret of a webhook found with {@link #resolve} and writes the new one to the
   * outputs.
   *
   * @param webhook the live webhook, as {@link #resolve} returned it
   * @param request the outputs and the flags (its selector is not used again)
   * @return what happened, and the live secret for further outputs
   * @throws SecretOutputException when an output fails its pre-flight (nothing rotated)
   * @throws RotationException when the rotation failed; its state says what is known
   */
  public Handover rotate(Webhook webhook, RotationRequest request) {
    Instant start = clock.instant();
    requireWellFormed(webhook, "the current secret");
    Secret oldSecret = webhook.secret();
    if (request.dryRun()) {
      outputs(request).checkAll();
      log.info(
          "Dry run: would rotate the secret of webhook "
              + webhook.label()
              + " and write it to "
              + outputs(request).describe()
              + ". Nothing was changed.");
      return dryRun(webhook, request, start);
    }
    try {
      outputs(request).prepareAll();
      Optional<IntentJournal.Intent> interrupted =
          journal.find(IntentJournal.Kind.ROTATE, client.settings().baseUrl(), webhook.id());
      if (interrupted.isPresent()) {
        Optional<Handover> recovered = recover(interrupted.get(), webhook, request, start);
        if (recovered.isPresent()) {
          return recovered.get();
        }
      }
      IntentJournal.Intent intent = recordIntent(webhook);
      Attempt attempt;
      try {
        attempt = rotateOnce(webhook);
      } catch (RotationException e) {
        if (e.state() == RotationException.State.NOT_ROTATED) {
          journal.clear(intent);
        }
        throw e;
      }
      Webhook after = attempt.webhook();
      log.info(
          "Rotated the secret of webhook "
              + after.label()
              + ": the old secret ("
              + oldSecret.fingerprint()
              + ") no longer works; the new one is "
              + after.secret().fingerprint()
              + ".");
      SecretDocument document = document(after);
      outputs(request)
          .writeAll(document, rotated(document), Outputs.exportAgain(document.webhookId()));
      verifyLive(document, request.sinks());
      journal.clear(intent);
      RotationResult.Outcome outcome =
          attempt.responseLost()
              ? RotationResult.Outcome.ROTATED_RESPONSE_LOST
              : RotationResult.Outcome.ROTATED;
      return new Handover(
          result(after, outcome, oldSecret, request, attempt.calls(), start),
          Optional.of(document));
    } finally {
      outputs(request).releaseAll();
    }
  }

  /**
   * Writes the current secret of the selected webhook to the outputs, changing nothing at
   * Featurebase.
   *
   * @param request the webhook, the outputs and the dry-run flag
   * @return what happened, without the secret
   */
  public RotationResult export(RotationRequest request) {
    return export(resolve(request.selector()), request).result();
  }

  /**
   * Writes the current secret of a webhook found with {@link #resolve} to the outputs, changing
   * nothing at Featurebase. An intent marker an interrupted rotation of it left is removed: the
   * live secret is what that rotation should have handed out.
   *
   * @param webhook the live webhook, as {@link #resolve} returned it
   * @param request the outputs and the dry-run flag
   * @return what happened, and the live secret
   */
  public Handover export(Webhook webhook, RotationRequest request) {
    Instant start = clock.instant();
    requireWellFormed(webhook, "the current secret");
    if (request.dryRun()) {
      outputs(request).checkAll();
      log.info(
          "Dry run: would write the secret of webhook "
              + webhook.label()
              + " to "
              + outputs(request).describe()
              + ".");
      return dryRun(webhook, request, start);
    }
    try {
      outputs(request).prepareAll();
      SecretDocument document = document(webhook);
      outputs(request).writeAll(document, "", Outputs.exportAgain(document.webhookId()));
      verifyLive(document, request.sinks());
      journal
          .find(IntentJournal.Kind.ROTATE, client.settings().baseUrl(), webhook.id())
          .ifPresent(journal::clear);
      return new Handover(
          result(webhook, RotationResult.Outcome.EXPORTED, webhook.secret(), request, 0, start),
          Optional.of(document));
    } finally {
      outputs(request).releaseAll();
    }
  }

  /**
   * Writes a secret this process already handed out (the rotation of an earlier module of the same
   * build) to further outputs, then checks that it is still the live one.
   *
   * @param live the secret as the rotation handed it out
   * @param request the further outputs
   * @return what happened
   * @throws RotationException when an output fails, or the secret is no longer live
   */
  public RotationResult handOver(SecretDocument live, RotationRequest request) {
    Instant start = clock.instant();
    try {
      outputs(request).prepareAll();
      outputs(request).writeAll(live, rotated(live), Outputs.exportAgain(live.webhookId()));
      verifyLive(live, request.sinks());
    } catch (SecretOutputException e) {
      throw new RotationException(
          RotationException.State.ROTATED_OUTPUT_INCOMPLETE,
          "The secret of webhook '"
              + live.webhookName()
              + "' ("
              + live.webhookId()
              + ") was rotated, but "
              + e.reason()
              + ". Fix the output, then run "
              + Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_ID, live.webhookId())
              + " to write the live secret (do not rotate again).",
          e);
    } finally {
      outputs(request).releaseAll();
    }
    return new RotationResult(
        live.webhookId(),
        live.webhookName(),
        RotationResult.Outcome.SHARED,
        live.secret().fingerprint(),
        live.secret().fingerprint(),
        request.sinks().stream().map(SecretSink::describe).toList(),
        0,
        Duration.between(start, clock.instant()));
  }

  /**
   * An earlier run left a marker: decides whether its rotation happened. It did when the secret
   * differs from the one the marker remembers; then the live secret is handed out, since no run
   * ever did, unless the request asks to rotate anew.
   *
   * @return the handover, or empty when this run is to rotate
   */
  private Optional<Handover> recover(
      IntentJournal.Intent interrupted, Webhook webhook, RotationRequest request, Instant start) {
    boolean rotatedSince =
        interrupted
            .oldFingerprint()
            .map(f -> !f.equals(webhook.secret().fingerprint()))
            .orElse(true);
    String started =
        "An earlier run started rotating the secret of webhook "
            + webhook.label()
            + " at "
            + interrupted.startedAt()
            + " and was interrupted";
    if (!rotatedSince) {
      log.warn(
          started + " before the rotation took effect (the secret is unchanged); rotating now.");
      journal.clear(interrupted);
      return Optional.empty();
    }
    if (request.rotateAnew()) {
      log.warn(
          started
              + " after the rotation took effect; its secret ("
              + webhook.secret().fingerprint()
              + ") was never handed out. Rotating anew, as asked.");
      journal.clear(interrupted);
      return Optional.empty();
    }
    log.warn(
        started
            + " after the rotation took effect: its secret ("
            + webhook.secret().fingerprint()
            + ") was never handed out. Handing out that live secret instead of rotating again; to"
            + " rotate once more, ask to rotate anew.");
    SecretDocument document = document(webhook);
    outputs(request)
        .writeAll(document, rotated(document), Outputs.exportAgain(document.webhookId()));
    verifyLive(document, request.sinks());
    journal.clear(interrupted);
    return Optional.of(
        new Handover(
            result(
                webhook,
                RotationResult.Outcome.HANDED_OUT_AFTER_INTERRUPTION,
                webhook.secret(),
                request,
                0,
                start),
            Optional.of(document)));
  }

  private IntentJournal.Intent recordIntent(Webhook webhook) {
    try {
      return journal.record(
          IntentJournal.Kind.ROTATE,
          client.settings().baseUrl(),
          webhook.id(),
          webhook.name(),
          Optional.of(webhook.secret().fingerprint()));
    } catch (IOException e) {
      throw new SecretOutputException(
          "Could not record that a rotation of webhook "
              + webhook.label()
              + " is starting ("
              + e.getMessage()
              + "); nothing was rotated. The record lets a later run notice an interrupted"
              + " rotation: make the build directory writable.",
          e);
    }
  }

  /**
   * Reads the webhook back after the outputs were written: another run may have rotated it since
   * this one obtained the secret, and then the outputs hold a dead secret.
   */
  private void verifyLive(SecretDocument written, List<SecretSink> sinks) {
    String export = Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_ID, written.webhookId());
    Optional<Secret> other =
        new ReadBack(client, log)
            .otherLiveSecret(
                written.webhookId(),
                written.secret(),
                " If another pipeline may rotate it too, run " + export + " to be sure.");
    if (other.isPresent()) {
      throw new RotationException(
          RotationException.State.STALE_OUTPUT,
          "The secret of webhook '"
              + written.webhookName()
              + "' ("
              + written.webhookId()
              + ") was written to "
              + new Outputs(sinks, log).describe()
              + ", but reading the webhook back shows another secret live now ("
              + other.get().fingerprint()
              + " instead of "
              + written.secret().fingerprint()
              + "): another run rotated it meanwhile (a second pipeline, or someone in the"
              + " Featurebase dashboard), so these outputs hold a dead secret. Make sure only one"
              + " pipeline rotates this webhook, then run "
              + export
              + " to write the live one.",
          null);
    }
  }

  private SecretDocument document(Webhook webhook) {
    return new SecretDocument(webhook.id(), webhook.name(), webhook.secret(), clock.instant());
  }

  private Handover dryRun(Webhook webhook, RotationRequest request, Instant start) {
    return new Handover(
        result(webhook, RotationResult.Outcome.DRY_RUN, webhook.secret(), request, 0, start),
        Optional.empty());
  }

  private Attempt rotateOnce(Webhook before) {
    Secret oldSecret = before.secret();
    for (int calls = 1; ; calls++) {
      Unclear unclear;
      try {
        Webhook answer = client.refreshSecret(before.id());
        Optional<String> wrong = wrongAnswer(answer, before, oldSecret);
        if (wrong.isEmpty()) {
          return new Attempt(answer, calls, false);
        }
        unclear = new Unclear(wrong.get(), null);
      } catch (FeaturebaseException e) {
        if (!e.outcomeUnknown()) {
          throw new RotationException(
              RotationException.State.NOT_ROTATED,
              "The secret of webhook "
                  + before.label()
                  + " was not rotated; the old secret still works. "
                  + Words.of(e),
              e);
        }
        unclear = new Unclear(e.summary(), e);
      }
      log.warn(
          "The rotation request for webhook "
              + before.label()
              + " had no clear answer ("
              + unclear.what()
              + "); reading the webhook back to learn whether it rotated.");
      Webhook now = readBack(before, unclear);
      if (!oldSecret.equals(now.secret())) {
        requireWellFormed(now, "the secret read back after the rotation");
        log.info(
            "The rotation had happened, though its answer was lost or unusable; using the live secret.");
        return new Attempt(now, calls, true);
      }
      if (calls >= MAX_ROTATE_CALLS) {
        throw new RotationException(
            RotationException.State.NOT_ROTATED,
            "The secret of webhook "
                + before.label()
                + " was not rotated: "
                + calls
                + " rotation requests had no clear answer (the last: "
                + unclear.what()
                + "), and reading the webhook back after each showed the old secret unchanged, so"
                + " the old secret still works. Run again once Featurebase answers normally.",
            unclear.cause());
      }
      log.info("The secret is unchanged, so the rotation did not happen; trying again.");
    }
  }

  /**
   * What is wrong with a rotation answer, if anything: it must be for the webhook asked for and
   * hold a well-formed secret other than the old one. A wrong answer is an unknown outcome: the
   * rotation may have happened all the same, which only a read-back can tell.
   */
  private static Optional<String> wrongAnswer(Webhook answer, Webhook before, Secret oldSecret) {
    if (!before.id().equals(answer.id())) {
      return Optional.of("the answer was for another webhook");
    }
    Secret secret = answer.secret();
    if (secret == null || secret.isBlank()) {
      return Optional.of("the answer held no secret");
    }
    if (!secret.isWellFormedWebhookSecret()) {
      return Optional.of("the answer held a malformed secret");
    }
    if (oldSecret.equals(secret)) {
      return Optional.of("the answer held the old secret");
    }
    return Optional.empty();
  }

  /** Why a rotation's outcome is unknown, and the failure behind it, if any. */
  private record Unclear(String what, FeaturebaseException cause) {}

  private Webhook readBack(Webhook before, Unclear unclear) {
    try {
      sleeper.sleep(SETTLE_DELAY);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Webhook now = client.get(before.id());
      if (!before.id().equals(now.id())) {
        throw new IllegalStateException("the answer was for another webhook");
      }
      if (now.secret() == null) {
        throw new IllegalStateException("no secret in the answer");
      }
      return now;
    } catch (RuntimeException e) {
      RotationException unknown =
          new RotationException(
              RotationException.State.UNKNOWN,
              "The rotation request for webhook "
                  + before.label()
                  + " had no clear answer ("
                  + unclear.what()
                  + "), and reading the webhook back failed too ("
                  + (e instanceof FeaturebaseException failure ? failure.summary() : e.getMessage())
                  + "), so whether the secret was rotated is unknown. The old secret may already be"
                  + " invalid. No output was written. Once Featurebase answers again, run "
                  + Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_ID, before.id())
                  + " to fetch the live secret; do not rotate again blindly.",
              unclear.cause());
      unknown.addSuppressed(e);
      throw unknown;
    }
  }

  private static void requireWellFormed(Webhook webhook, String what) {
    Secret secret = webhook.secret();
    if (secret == null || secret.isBlank() || !secret.isWellFormedWebhookSecret()) {
      throw new RotationException(
          RotationException.State.UNKNOWN,
          "Featurebase returned "
              + (secret == null || secret.isBlank() ? "an empty secret" : "a malformed secret")
              + " in "
              + what
              + " for webhook "
              + webhook.label()
              + " (a secret must start with 'whsec_'). Nothing was written. Check that "
              + Words.setting(Setting.BASE_URL)
              + " points at the Featurebase API, then run "
              + Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_ID, webhook.id())
              + ".",
          null);
    }
  }

  private RotationResult result(
      Webhook webhook,
      RotationResult.Outcome outcome,
      Secret oldSecret,
      RotationRequest request,
      int calls,
      Instant start) {
    return new RotationResult(
        webhook.id(),
        webhook.name(),
        outcome,
        oldSecret.fingerprint(),
        webhook.secret().fingerprint(),
        request.sinks().stream().map(SecretSink::describe).toList(),
        calls,
        Duration.between(start, clock.instant()));
  }

  private Outputs outputs(RotationRequest request) {
    return new Outputs(request.sinks(), log);
  }

  private static String rotated(SecretDocument document) {
    return "The secret of webhook '"
        + document.webhookName()
        + "' ("
        + document.webhookId()
        + ") was rotated, but ";
  }

  private record Attempt(Webhook webhook, int calls, boolean responseLost) {}
}
