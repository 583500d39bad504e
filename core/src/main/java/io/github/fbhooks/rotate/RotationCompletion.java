package io.github.fbhooks.rotate;

import io.github.fbhooks.text.SafeText;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What completing an overlap rotation did. Holds no secret: only fingerprints.
 *
 * @param webhookId the webhook that remains: the former twin
 * @param webhookName its name, the name of the webhook it replaced
 * @param replacedWebhookId the webhook the rotation replaced
 * @param deleted whether this run deleted it (false when an interrupted earlier completion had)
 * @param oldFingerprint fingerprint of the replaced webhook's secret, when it was still there
 * @param newFingerprint fingerprint of the secret that remains
 * @param elapsed how long it took
 */
public record RotationCompletion(
    String webhookId,
    String webhookName,
    String replacedWebhookId,
    boolean deleted,
    Optional<String> oldFingerprint,
    String newFingerprint,
    Duration elapsed) {

  /** Checks the parts. */
  public RotationCompletion {
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(webhookName, "webhookName");
    Objects.requireNonNull(replacedWebhookId, "replacedWebhookId");
    Objects.requireNonNull(oldFingerprint, "oldFingerprint");
    Objects.requireNonNull(newFingerprint, "newFingerprint");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** {@return the one line a front end logs when the completion is done; it holds no secret} */
  public String summary() {
    return "Done in "
        + elapsed.toMillis()
        + " ms: webhook "
        + SafeText.quote(webhookName)
        + " ("
        + webhookId
        + ") replaces "
        + replacedWebhookId
        + ", secret "
        + newFingerprint
        + ".";
  }
}
