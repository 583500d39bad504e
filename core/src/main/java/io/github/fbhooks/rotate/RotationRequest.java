package io.github.fbhooks.rotate;

import io.github.fbhooks.secret.SecretSink;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SecretRotator#rotate} and {@link SecretRotator#export} do.
 *
 * @param selector the webhook
 * @param sinks where the secret goes; at least one
 * @param dryRun check everything, rotate nothing, write nothing
 */
public record RotationRequest(WebhookSelector selector, List<SecretSink> sinks, boolean dryRun) {

  /** Checks that a webhook and at least one output are given. */
  public RotationRequest {
    Objects.requireNonNull(selector, "selector");
    sinks = List.copyOf(sinks);
    if (sinks.isEmpty()) {
      throw new IllegalArgumentException("at least one secret output is needed");
    }
  }
}
