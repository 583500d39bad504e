package io.github.fbhooks.rotate;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.FeaturebaseException;
import io.github.fbhooks.api.InvalidRequestException;
import io.github.fbhooks.api.NotFoundException;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.SecretDocument;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.RotationTwins;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookStatus;
import io.github.fbhooks.webhook.WebhookUpdate;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.SettingException;
import io.github.fbhooks.words.Words;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rotates a webhook secret without a moment in which events fail verification. Featurebase kills
 * the old secret the moment it issues a new one, so this strategy never refreshes a secret: it
 * builds the rotation from create and delete.
 *
 * <ol>
 *   <li>{@link #start}: creates a twin of webhook A (same name, URL, topics, status and request
 *       config; its description carries a marker naming A's id, see {@link RotationTwins}), which
 *       gets a new secret, and hands out the twin's secret as the secret and A's as the previous
 *       one. While both exist each event is delivered twice, signed with each secret: a receiver
 *       that knows either accepts it on its first delivery, and deduplicates on the event id.
 *   <li>{@link #complete}: once the receiver has the new secret, deletes A and removes the marker,
 *       so that one webhook remains, with A's name and the new secret.
 * </ol>
 *
 * <p>The twin is the only state of a rotation in progress, so every step can be resumed from the
 * workspace alone: a create whose answer was lost is settled by listing the workspace; a start that
 * finds the twin hands both secrets out again and never makes a second one; a complete that died
 * after the delete finishes with the twin alone.
 */
public final class OverlapRotation {

  /** The webhooks a workspace may hold unless its plan says otherwise (Featurebase's default). */
  public static final int DEFAULT_WEBHOOK_LIMIT = 10;

  /** The largest webhook limit a user may set. */
  public static final int MAX_WEBHOOK_LIMIT = 10_000;

  private final FeaturebaseClient client;
  private final BuildLog log;
  private final IntentJournal journal;
  private final Clock clock;

  /**
   * Checks a webhook limit a user set.
   *
   * @param value the value, 1 to {@value #MAX_WEBHOOK_LIMIT}
   * @return the value
   * @throws SettingException for a value out of range, naming the setting and its default
   */
  public static int requireWebhookLimit(int value) {
    return SettingException.requireWithin(
        Setting.WEBHOOK_LIMIT, value, MAX_WEBHOOK_LIMIT, DEFAULT_WEBHOOK_LIMIT);
  }

  /**
   * @param client the API client
   * @param log progress messages (never a secret)
   * @param journal where an interrupted immediate rotation of the same webhook would be recorded
   */
  public OverlapRotation(FeaturebaseClient client, BuildLog log, IntentJournal journal) {
    this(client, log, journal, Clock.systemUTC());
  }

  OverlapRotation(FeaturebaseClient client, BuildLog log, IntentJournal journal, Clock clock) {
    this.client = client;
    this.log = log;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * Starts an overlap rotation of a webhook, or hands its secrets out again when one is in
   * progress.
   *
   * @param original the live webhook, as {@link SecretRotator#resolve} found it
   * @param request the outputs and the dry-run flag
   * @param webhookLimit how many webhooks the workspace's plan allows (Featurebase's default is
   *     10): the twin needs a free place
   * @return what happened, and both secrets for further outputs
   * @throws RotationException when the rotation cannot start (nothing was changed) or an output
   *     failed after the twin was made
   * @throws SecretOutputException when an output fails its pre-flight (nothing was changed)
   */
  public Handover start(Webhook original, RotationRequest request, int webhookLimit) {
    Instant start = clock.instant();
    Outputs outputs = new Outputs(request.sinks(), log);
    refuseToStart(original);
    List<Webhook> live = client.listAll();
    Optional<Webhook> existing = twinOf(original, live);
    if (request.dryRun()) {
      outputs.checkAll();
      log.info(
          "Dry run: would "
              + (existing.isPresent()
                  ? "hand out again the secrets of the overlap rotation of webhook "
                      + original.label()
                      + " in progress (twin "
                      + existing.get().id()
                      + ")"
                  : "create a twin of webhook "
                      + original.label()
                      + " and hand out its new secret with the current one")
              + ", to "
              + outputs.describe()
              + ". Nothing was changed.");
      return new Handover(
          result(
              original, original, RotationResult.Outcome.DRY_RUN, outputs, start, Optional.empty()),
          Optional.empty());
    }
    if (existing.isEmpty()) {
      refuseWithoutRoom(original, live, webhookLimit);
    }
    try {
      outputs.prepareAll();
      boolean resumed = existing.isPresent();
      Webhook twin = resumed ? reread(existing.get()) : createTwin(original);
      if (resumed) {
        log.info(
            "An overlap rotation of webhook "
                + original.label()
                + " is in progress (twin "
                + twin.id()
                + "); handing out both secrets again, not making a second twin.");
      }
      requireWellFormed(twin, "the twin's secret");
      SecretDocument document =
          new SecretDocument(
              twin.id(),
              twin.name(),
              twin.secret(),
              clock.instant(),
              Optional.of(original.secret()));
      outputs.writeAll(document, started(original, twin), handOutAgain(original));
      verifyBothLive(original, twin, outputs);
      return new Handover(
          result(
              twin,
              original,
              resumed
                  ? RotationResult.Outcome.OVERLAP_RESUMED
                  : RotationResult.Outcome.OVERLAP_STARTED,
              outputs,
              start,
              Optional.of(original.id())),
          Optional.of(document));
    } finally {
      outputs.releaseAll();
    }
  }

  /**
   * Completes an overlap rotation: deletes the webhook its twin replaces, then removes the twin's
   * marker, restoring the original's description. Resumes a completion that was interrupted after
   * the delete.
   *
   * @param selector the webhook being rotated, by its (old) id or its name
   * @return what was done
   * @throws RotationException when no overlap rotation of the webhook is in progress
   */
  public RotationCompletion complete(WebhookSelector selector) {
    Instant start = clock.instant();
    List<Webhook> live = client.listAll();
    Rotation rotation = find(selector, live);
    Webhook twin = rotation.twin();
    requireWellFormed(twin, "the twin's secret");
    if (twin.status() == WebhookStatus.SUSPENDED) {
      throw new RotationException(
          RotationException.State.NOT_ROTATED,
          "The twin "
              + twin.label()
              + " of the overlap rotation was suspended by Featurebase after failed deliveries,"
              + " so the receiver may not accept the new secret yet. Nothing was deleted: the old"
              + " webhook still delivers. Deploy the new secret to the receiver, reactivate the"
              + " twin (PATCH status active, or apply), then complete the rotation.",
          null);
    }
    warnAboutFailedDeliveries(twin);
    String description;
    boolean deleted = false;
    Optional<String> oldFingerprint = Optional.empty();
    if (rotation.original().isPresent()) {
      Webhook original = rotation.original().get();
      description = original.description();
      oldFingerprint = Optional.ofNullable(original.secret()).map(Secret::fingerprint);
      try {
        client.delete(original.id());
        deleted = true;
      } catch (NotFoundException e) {
        if (!e.isWebhookNotFound()) {
          throw e;
        }
      }
      log.info(
          "Deleted webhook "
              + original.label()
              + ": its secret "
              + oldFingerprint.orElse("")
              + " no longer works.");
    } else {
      description = RotationTwins.withoutMarker(twin);
      log.warn(
          "Webhook "
              + rotation.originalId()
              + " was already deleted (an earlier completion was interrupted); finishing with its"
              + " twin "
              + twin.label()
              + ".");
    }
    WebhookUpdate.Builder update = WebhookUpdate.builder();
    if (description == null || description.isBlank()) {
      update.clearDescription();
    } else {
      update.description(description);
    }
    Webhook kept = client.update(twin.id(), update.build());
    log.info(
        "Completed the overlap rotation of webhook "
            + kept.label()
            + ": it replaces "
            + rotation.originalId()
            + ", with the secret "
            + kept.secret().fingerprint()
            + ".");
    return new RotationCompletion(
        kept.id(),
        kept.name(),
        rotation.originalId(),
        deleted,
        oldFingerprint,
        kept.secret().fingerprint(),
        Duration.between(start, clock.instant()));
  }

  /** A rotation in progress: the twin, and the original while it exists. */
  private record Rotation(String originalId, Optional<Webhook> original, Webhook twin) {}

  private Rotation find(WebhookSelector selector, List<Webhook> live) {
    if (selector.id().isPresent()) {
      String id = selector.id().get();
      Optional<Webhook> asTwin =
          live.stream().filter(w -> id.equals(w.id()) && RotationTwins.isTwin(w)).findFirst();
      String originalId = asTwin.flatMap(RotationTwins::originalOf).orElse(id);
      return rotationOf(originalId, live, "webhook " + id);
    }
    String name = selector.name().orElseThrow();
    List<Webhook> named = live.stream().filter(w -> name.equals(w.name())).toList();
    List<String> originalIds =
        named.stream().map(RotationTwins::originalOf).flatMap(Optional::stream).distinct().toList();
    if (originalIds.size() > 1) {
      throw new WebhookSelectionException(
          "Several overlap rotations of webhooks named "
              + SafeText.quote(name)
              + " are in progress (of "
              + String.join(", ", originalIds)
              + "). Select one by id with "
              + Words.setting(Setting.WEBHOOK_ID, "<id>")
              + ".");
    }
    if (originalIds.isEmpty()) {
      throw noRotation("webhook " + SafeText.quote(name), named.isEmpty());
    }
    return rotationOf(originalIds.get(0), live, "webhook " + SafeText.quote(name));
  }

  private Rotation rotationOf(String originalId, List<Webhook> live, String what) {
    Optional<Webhook> original = live.stream().filter(w -> originalId.equals(w.id())).findFirst();
    List<Webhook> twins =
        live.stream()
            .filter(w -> RotationTwins.originalOf(w).filter(originalId::equals).isPresent())
            .toList();
    if (twins.isEmpty()) {
      throw noRotation(what, original.isEmpty());
    }
    if (twins.size() > 1) {
      throw tooManyTwins(originalId, twins);
    }
    Webhook twin = twins.get(0);
    return new Rotation(originalId, original, twin.secret() != null ? twin : client.get(twin.id()));
  }

  private static RotationException noRotation(String what, boolean missing) {
    return new RotationException(
        RotationException.State.NOT_ROTATED,
        missing
            ? "No "
                + what
                + " exists in the workspace, and no overlap rotation twin of it. Check "
                + Words.setting(Setting.WEBHOOK_ID)
                + " or "
                + Words.setting(Setting.WEBHOOK_NAME)
                + "."
            : "No overlap rotation of "
                + what
                + " is in progress (it has no twin), so there is nothing to complete. Start one"
                + " with "
                + Words.command(Command.ROTATE_SECRET, Setting.ROTATION_STRATEGY, "overlap")
                + ".",
        null);
  }

  private static RotationException tooManyTwins(String originalId, List<Webhook> twins) {
    return new RotationException(
        RotationException.State.NOT_ROTATED,
        "Webhook "
            + originalId
            + " has several overlap rotation twins ("
            + twins.stream().map(Webhook::id).collect(Collectors.joining(", "))
            + "); fbhooks never makes a second one, so one was made by hand. Delete all but one,"
            + " then run again. Nothing was changed.",
        null);
  }

  private void refuseToStart(Webhook original) {
    Optional<String> of = RotationTwins.originalOf(original);
    if (of.isPresent()) {
      throw new RotationException(
          RotationException.State.NOT_ROTATED,
          "Webhook "
              + original.label()
              + " is itself the twin of an overlap rotation in progress (of "
              + of.get()
              + "). Complete that rotation first with "
              + Words.command(Command.COMPLETE_ROTATION, Setting.WEBHOOK_ID, of.get())
              + ". Nothing was changed.",
          null);
    }
    requireWellFormed(original, "the current secret");
    if (original.status() == WebhookStatus.SUSPENDED) {
      throw new RotationException(
          RotationException.State.NOT_ROTATED,
          "Webhook "
              + original.label()
              + " is suspended (Featurebase stopped delivering after repeated failures), so an"
              + " overlap rotation would start from a webhook that delivers nothing. Fix the"
              + " receiver and reactivate the webhook (apply, or PATCH status active), then"
              + " rotate. Nothing was changed.",
          null);
    }
    journal
        .find(IntentJournal.Kind.ROTATE, client.settings().baseUrl(), original.id())
        .ifPresent(
            intent -> {
              throw new RotationException(
                  RotationException.State.NOT_ROTATED,
                  "An immediate rotation of webhook "
                      + original.label()
                      + " started at "
                      + intent.startedAt()
                      + " was interrupted and may have issued a secret nobody received. Finish it"
                      + " first with "
                      + Words.command(Command.ROTATE_SECRET, Setting.ROTATION_STRATEGY, "immediate")
                      + " (it hands that secret out), then start the overlap rotation. Nothing"
                      + " was changed.",
                  null);
            });
  }

  private static Optional<Webhook> twinOf(Webhook original, List<Webhook> live) {
    List<Webhook> twins =
        live.stream()
            .filter(w -> RotationTwins.originalOf(w).filter(original.id()::equals).isPresent())
            .toList();
    if (twins.size() > 1) {
      throw tooManyTwins(original.id(), twins);
    }
    return twins.stream().findFirst();
  }

  private static void refuseWithoutRoom(Webhook original, List<Webhook> live, int webhookLimit) {
    if (live.size() < webhookLimit) {
      return;
    }
    throw new RotationException(
        RotationException.State.NOT_ROTATED,
        "The workspace holds "
            + live.size()
            + " webhooks and allows "
            + webhookLimit
            + ", so an overlap rotation of webhook "
            + original.label()
            + " has no room for its twin. Nothing was changed. Delete a webhook you no longer"
            + " need, rotate with "
            + Words.setting(Setting.ROTATION_STRATEGY, "immediate")
            + " (the old secret stops at once), or, where the workspace's plan allows more"
            + " webhooks, say how many with "
            + Words.setting(Setting.WEBHOOK_LIMIT, "<n>")
            + ".",
        null);
  }

  /**
   * Creates the twin. A create has no idempotency key, so one whose outcome is unknown is settled
   * by listing the workspace for the twin, never by creating again.
   */
  private Webhook createTwin(Webhook original) {
    WebhookCreate body =
        new WebhookCreate(
            original.name(),
            original.url(),
            original.topics(),
            RotationTwins.twinDescription(original),
            original.requestConfig());
    Webhook twin;
    try {
      twin = client.create(body);
    } catch (InvalidRequestException e) {
      if (e.isWebhookLimitReached()) {
        throw new RotationException(
            RotationException.State.NOT_ROTATED,
            "Featurebase refused the twin of webhook "
                + original.label()
                + ": the workspace holds as many webhooks as its plan allows. Nothing was"
                + " changed. Delete a webhook you no longer need, or rotate with "
                + Words.setting(Setting.ROTATION_STRATEGY, "immediate")
                + ".",
            e);
      }
      throw notStarted(original, e);
    } catch (FeaturebaseException e) {
      if (!e.outcomeUnknown()) {
        throw notStarted(original, e);
      }
      log.warn(
          "Creating the twin of webhook "
              + original.label()
              + " had no clear answer ("
              + e.summary()
              + "); listing the workspace to learn whether it exists.");
      Optional<Webhook> found = twinOf(original, client.listAll());
      if (found.isEmpty()) {
        throw new RotationException(
            RotationException.State.NOT_ROTATED,
            "Creating the twin of webhook "
                + original.label()
                + " had no clear answer ("
                + e.summary()
                + "), and the workspace holds no twin, so nothing was changed: the current"
                + " secret still works. Run again once Featurebase answers normally.",
            e);
      }
      twin = reread(found.get());
    }
    log.info(
        "Created the twin "
            + twin.label()
            + " of webhook "
            + original.label()
            + " with a new secret "
            + (twin.secret() == null ? "" : twin.secret().fingerprint())
            + "; until the rotation is completed each event is delivered to both.");
    if (original.status() == WebhookStatus.PAUSED) {
      twin = client.update(twin.id(), WebhookUpdate.builder().status(WebhookStatus.PAUSED).build());
    }
    return twin;
  }

  private static RotationException notStarted(Webhook original, FeaturebaseException e) {
    return new RotationException(
        RotationException.State.NOT_ROTATED,
        "The overlap rotation of webhook "
            + original.label()
            + " did not start: Featurebase did not create its twin; the current secret still"
            + " works. "
            + Words.of(e),
        e);
  }

  /** A webhook as listed, with its secret, read again where a list left it out. */
  private Webhook reread(Webhook listed) {
    return listed.secret() != null ? listed : client.get(listed.id());
  }

  /**
   * Reads both webhooks back after the outputs were written: if either secret changed meanwhile
   * (another run, the dashboard), the outputs hold a dead secret, and that is a failure.
   */
  private void verifyBothLive(Webhook original, Webhook twin, Outputs outputs) {
    ReadBack readBack = new ReadBack(client, log);
    for (Webhook written : List.of(original, twin)) {
      Optional<Secret> other = readBack.otherLiveSecret(written.id(), written.secret(), "");
      if (other.isPresent()) {
        throw new RotationException(
            RotationException.State.STALE_OUTPUT,
            "The secrets of the overlap rotation of webhook "
                + original.label()
                + " were written to "
                + outputs.describe()
                + ", but reading webhook "
                + written.id()
                + " back shows another secret live now ("
                + other.get().fingerprint()
                + "): another run rotated it meanwhile, so these outputs hold a dead secret."
                + " Make sure only one pipeline rotates this webhook, then "
                + handOutAgain(original),
            null);
      }
    }
  }

  private void warnAboutFailedDeliveries(Webhook twin) {
    if (twin.lastStatus() == null || twin.lastStatus().code() == null) {
      return;
    }
    int code = twin.lastStatus().code();
    if (code == 200 || code == 201 || code == 202 || code == 204) {
      return;
    }
    log.warn(
        "The last delivery to the twin "
            + twin.label()
            + " failed (HTTP "
            + code
            + "): if the receiver does not have the new secret yet, events will fail verification"
            + " once the old webhook is gone.");
  }

  private static void requireWellFormed(Webhook webhook, String what) {
    Secret secret = webhook.secret();
    if (secret == null || !secret.isWellFormedWebhookSecret()) {
      throw new RotationException(
          RotationException.State.UNKNOWN,
          "Featurebase returned "
              + (secret == null || secret.isBlank() ? "an empty secret" : "a malformed secret")
              + " in "
              + what
              + " of webhook "
              + webhook.label()
              + " (a secret must start with 'whsec_'). Nothing was written. Check that "
              + Words.setting(Setting.BASE_URL)
              + " points at the Featurebase API.",
          null);
    }
  }

  private static String started(Webhook original, Webhook twin) {
    return "The overlap rotation of webhook "
        + original.label()
        + " started (twin "
        + twin.id()
        + "), but ";
  }

  private static String handOutAgain(Webhook original) {
    return "run "
        + Words.command(
            Command.ROTATE_SECRET,
            Setting.WEBHOOK_ID,
            original.id(),
            Setting.ROTATION_STRATEGY,
            "overlap")
        + " again: it hands out both secrets of the rotation in progress, and makes no second"
        + " twin.";
  }

  private RotationResult result(
      Webhook webhook,
      Webhook original,
      RotationResult.Outcome outcome,
      Outputs outputs,
      Instant start,
      Optional<String> replaced) {
    return new RotationResult(
        webhook.id(),
        webhook.name(),
        outcome,
        original.secret().fingerprint(),
        webhook.secret().fingerprint(),
        outputs.described(),
        0,
        Duration.between(start, clock.instant()),
        replaced);
  }
}
