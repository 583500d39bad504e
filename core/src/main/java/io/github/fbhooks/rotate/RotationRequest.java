package io.github.fbhooks.rotate;

import io.github.fbhooks.output.SecretSink;
import java.util.List;
import java.util.Objects;

/**
 * What {@link SecretRotator#rotate} and {@link SecretRotator#export} do.
 *
 * @param selector the webhook
 * @param sinks where the secret goes; at least one
 * @param dryRun check everything, rotate nothing, write nothing
 * @param rotateAnew rotate even where an earlier run was interrupted after its rotation took effect
 *     (by default that rotation's secret is handed out instead)
 */
public record RotationRequest(
    WebhookSelector selector, List<SecretSink> sinks, boolean dryRun, boolean rotateAnew) {

  /** Checks that a webhook and at least one output are given. */
  public RotationRequest {
    Objects.requireNonNull(selector, "selector");
    sinks = List.copyOf(sinks);
    if (sinks.isEmpty()) {
      throw new IllegalArgumentException("at least one secret output is needed");
    }
  }

  /**
   * A request that hands out an interrupted earlier rotation's secret rather than rotating anew.
   *
   * @param selector the webhook
   * @param sinks where the secret goes; at least one
   * @param dryRun check everything, rotate nothing, write nothing
   */
  public RotationRequest(WebhookSelector selector, List<SecretSink> sinks, boolean dryRun) {
    this(selector, sinks, dryRun, false);
  }
}
