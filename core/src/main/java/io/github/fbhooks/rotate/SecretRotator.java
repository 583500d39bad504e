package io.github.fbhooks.rotate;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.FeaturebaseException;
import io.github.fbhooks.api.Sleeper;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.secret.SecretDocument;
import io.github.fbhooks.secret.SecretOutputException;
import io.github.fbhooks.secret.SecretSink;
import io.github.fbhooks.webhook.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 *       check that every output can be written. Any failure here rotates nothing.
 *   <li>Rotate once. If the outcome is unknown (timeout, lost response, 5xx, unreadable answer),
 *       read the webhook back: a changed secret means the rotation happened, so that secret is
 *       used; an unchanged one means it did not, so the rotation is tried again, a bounded number
 *       of times. One successful rotation is never followed by a second.
 *   <li>Write the live secret to every output; if one fails, the others are still written and the
 *       failure names them all.
 * </ol>
 */
public final class SecretRotator {

  /** How many rotation requests one run may send at most. */
  public static final int MAX_ROTATE_CALLS = 3;

  /** How long to wait before reading back after an unknown outcome, so a slow rotation lands. */
  static final Duration SETTLE_DELAY = Duration.ofMillis(500);

  private final FeaturebaseClient client;
  private final BuildLog log;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param client the API client
   * @param log progress messages (never a secret)
   */
  public SecretRotator(FeaturebaseClient client, BuildLog log) {
    this(client, log, Clock.systemUTC(), Sleeper.system());
  }

  SecretRotator(FeaturebaseClient client, BuildLog log, Clock clock, Sleeper sleeper) {
    this.client = client;
    this.log = log;
    this.clock = clock;
    this.sleeper = sleeper;
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
    Instant start = clock.instant();
    Webhook before = preflight(request);
    Secret oldSecret = before.secret();
    if (request.dryRun()) {
      log.info(
          "Dry run: would rotate the secret of webhook "
              + before.label()
              + " and write it to "
              + describe(request.sinks())
              + ". Nothing was changed.");
      return result(before, RotationResult.Outcome.DRY_RUN, oldSecret, request, 0, start);
    }

    Attempt attempt = rotateOnce(before);
    Webhook after = attempt.webhook();
    log.info(
        "Rotated the secret of webhook "
            + after.label()
            + ": the old secret ("
            + oldSecret.fingerprint()
            + ") no longer works; the new one is "
            + after.secret().fingerprint()
            + ".");
    writeAll(after, request.sinks(), true);
    RotationResult.Outcome outcome =
        attempt.responseLost()
            ? RotationResult.Outcome.ROTATED_RESPONSE_LOST
            : RotationResult.Outcome.ROTATED;
    return result(after, outcome, oldSecret, request, attempt.calls(), start);
  }

  /**
   * Writes the current secret of the selected webhook to the outputs, changing nothing at
   * Featurebase.
   *
   * @param request the webhook, the outputs and the dry-run flag
   * @return what happened, without the secret
   */
  public RotationResult export(RotationRequest request) {
    Instant start = clock.instant();
    Webhook webhook = preflight(request);
    if (request.dryRun()) {
      log.info(
          "Dry run: would write the secret of webhook "
              + webhook.label()
              + " to "
              + describe(request.sinks())
              + ".");
      return result(webhook, RotationResult.Outcome.DRY_RUN, webhook.secret(), request, 0, start);
    }
    writeAll(webhook, request.sinks(), false);
    return result(webhook, RotationResult.Outcome.EXPORTED, webhook.secret(), request, 0, start);
  }

  private Webhook preflight(RotationRequest request) {
    Webhook webhook = new WebhookResolver(client).resolve(request.selector());
    log.info("Webhook " + webhook.label() + " found.");
    requireWellFormed(webhook, "the current secret");
    for (SecretSink sink : request.sinks()) {
      sink.preflight();
    }
    return webhook;
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
                  + e.getMessage(),
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
        log.info("The rotation had happened; its answer was unusable. Using the live secret.");
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
                  + " invalid. No output was written. Once Featurebase answers again, run 'mvn"
                  + " featurebase:export-secret -Dfeaturebase.webhookId="
                  + before.id()
                  + "' to fetch the live secret; do not rotate again blindly.",
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
              + " (a secret must start with 'whsec_'). Nothing was written. Check"
              + " -Dfeaturebase.baseUrl points at the Featurebase API, then run 'mvn"
              + " featurebase:export-secret -Dfeaturebase.webhookId="
              + webhook.id()
              + "'.",
          null);
    }
  }

  private void writeAll(Webhook webhook, List<SecretSink> sinks, boolean rotated) {
    SecretDocument document =
        new SecretDocument(webhook.id(), webhook.name(), webhook.secret(), clock.instant());
    List<String> written = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    SecretOutputException firstFailure = null;
    for (SecretSink sink : sinks) {
      try {
        sink.write(document);
        written.add(sink.describe());
        log.info("Wrote the secret to " + sink.describe() + ".");
      } catch (SecretOutputException e) {
        failed.add(sink.describe() + ": " + e.getMessage());
        if (firstFailure == null) {
          firstFailure = e;
        }
      }
    }
    if (firstFailure != null) {
      String message =
          (rotated ? "The secret of webhook " + webhook.label() + " was rotated, but " : "")
              + "the secret could not be written to "
              + String.join("; ", failed)
              + (written.isEmpty() ? "" : ". It was written to " + String.join(", ", written))
              + ". Fix the output, then run 'mvn featurebase:export-secret"
              + " -Dfeaturebase.webhookId="
              + webhook.id()
              + "' to write the live secret again (do not rotate again).";
      if (!rotated) {
        throw new SecretOutputException(message, firstFailure);
      }
      throw new RotationException(
          RotationException.State.ROTATED_OUTPUT_INCOMPLETE, message, firstFailure);
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

  private static String describe(List<SecretSink> sinks) {
    return String.join(", ", sinks.stream().map(SecretSink::describe).toList());
  }

  private record Attempt(Webhook webhook, int calls, boolean responseLost) {}
}
