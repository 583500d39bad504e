package io.github.fbhooks.rotate;

import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Words;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rotation or export did. Holds no secret: only fingerprints.
 *
 * @param webhookId the webhook id
 * @param webhookName the webhook name
 * @param outcome what happened to the secret
 * @param oldFingerprint fingerprint of the secret before the rotation
 * @param newFingerprint fingerprint of the secret now live (same as old for export and dry runs)
 * @param outputs the outputs written (or, in a dry run, that would be)
 * @param rotateCalls how many rotation requests were sent
 * @param elapsed how long it took
 * @param replacedWebhookId for an overlap rotation, the webhook its twin ({@code webhookId})
 *     replaces once the rotation is completed
 */
public record RotationResult(
    String webhookId,
    String webhookName,
    Outcome outcome,
    String oldFingerprint,
    String newFingerprint,
    List<String> outputs,
    int rotateCalls,
    Duration elapsed,
    Optional<String> replacedWebhookId) {

  /** Copies the output list. */
  public RotationResult {
    outputs = List.copyOf(outputs);
    Objects.requireNonNull(replacedWebhookId, "replacedWebhookId");
  }

  /**
   * The result of an immediate rotation, an export or a dry run: no webhook is replaced.
   *
   * @param webhookId the webhook id
   * @param webhookName the webhook name
   * @param outcome what happened to the secret
   * @param oldFingerprint fingerprint of the secret before
   * @param newFingerprint fingerprint of the secret now live
   * @param outputs the outputs written
   * @param rotateCalls how many rotation requests were sent
   * @param elapsed how long it took
   */
  public RotationResult(
      String webhookId,
      String webhookName,
      Outcome outcome,
      String oldFingerprint,
      String newFingerprint,
      List<String> outputs,
      int rotateCalls,
      Duration elapsed) {
    this(
        webhookId,
        webhookName,
        outcome,
        oldFingerprint,
        newFingerprint,
        outputs,
        rotateCalls,
        elapsed,
        Optional.empty());
  }

  /**
   * {@return the one line a front end logs when the rotation or export is done, e.g. {@code Done in
   * 412 ms: webhook "orders" (65a1...), secret rotated, secret sha256:ab12...}}; it holds no secret
   */
  public String summary() {
    return "Done in "
        + elapsed.toMillis()
        + " ms: webhook "
        + SafeText.quote(webhookName)
        + " ("
        + webhookId
        + "), "
        + outcome.description()
        + ", secret "
        + newFingerprint
        + ".";
  }

  /** What happened to the secret. */
  public enum Outcome {
    /** A new secret was issued; the old one no longer works. */
    ROTATED,
    /** A new secret was issued, but its response was lost; the new secret was read back. */
    ROTATED_RESPONSE_LOST,
    /** Nothing was changed; the current secret was written to the outputs. */
    EXPORTED,
    /**
     * An earlier run rotated the secret and was interrupted before handing it out; this run handed
     * the live secret out instead of rotating again.
     */
    HANDED_OUT_AFTER_INTERRUPTION,
    /** The secret rotated earlier in the same build was written to this run's outputs. */
    SHARED,
    /** Dry run: everything was checked; nothing was rotated or written. */
    DRY_RUN,
    /**
     * An overlap rotation started: a twin with a new secret was created beside the webhook, and
     * both secrets were handed out; both work until the rotation is completed.
     */
    OVERLAP_STARTED,
    /**
     * An overlap rotation was already in progress (its twin exists): both secrets were handed out
     * again, and no second twin was made.
     */
    OVERLAP_RESUMED;

    /** {@return what happened, in words for a log line} */
    public String description() {
      return switch (this) {
        case ROTATED -> "secret rotated";
        case ROTATED_RESPONSE_LOST -> "secret rotated (its first answer was lost; read back)";
        case EXPORTED -> "secret exported";
        case HANDED_OUT_AFTER_INTERRUPTION ->
            "secret of an interrupted earlier rotation handed out, not rotated again";
        case SHARED -> "secret rotated earlier in this build written to this module's outputs";
        case DRY_RUN -> "dry run, nothing changed";
        case OVERLAP_STARTED ->
            "overlap rotation started: twin created, new and previous secret handed out; run "
                + Words.command(Command.COMPLETE_ROTATION)
                + " once the receiver has the new one";
        case OVERLAP_RESUMED ->
            "overlap rotation in progress: new and previous secret handed out again, no second"
                + " twin";
      };
    }
  }
}
