package io.github.fbhooks.rotate;

import java.time.Duration;
import java.util.List;

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
 */
public record RotationResult(
    String webhookId,
    String webhookName,
    Outcome outcome,
    String oldFingerprint,
    String newFingerprint,
    List<String> outputs,
    int rotateCalls,
    Duration elapsed) {

  /** Copies the output list. */
  public RotationResult {
    outputs = List.copyOf(outputs);
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
    DRY_RUN
  }
}
