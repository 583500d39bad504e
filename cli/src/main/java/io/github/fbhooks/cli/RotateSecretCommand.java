package io.github.fbhooks.cli;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.rotate.Handover;
import io.github.fbhooks.rotate.OverlapRotation;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationStrategy;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.webhook.Webhook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fbhooks rotate-secret}: the Maven plugin's {@code rotate-secret} goal. */
@Command(
    mixinStandardHelpOptions = true,
    name = "rotate-secret",
    description = {
      "Rotate the signing secret of a webhook and hand the new one out: --secret-file and, in"
          + " GitHub Actions, the step outputs webhook-secret (masked) and webhook-id.",
      "immediate (default): the old secret stops working at once. overlap: a twin webhook with"
          + " the new secret delivers beside the old one until complete-rotation; both secrets"
          + " are handed out."
    })
final class RotateSecretCommand extends SecretCommand {

  @Option(
      names = "--rotation-strategy",
      paramLabel = "<strategy>",
      defaultValue = "immediate",
      description = "immediate or overlap (default: ${DEFAULT-VALUE}).")
  String rotationStrategy;

  @Option(
      names = "--webhook-limit",
      paramLabel = "<n>",
      defaultValue = "10",
      description =
          "How many webhooks the workspace's plan allows; overlap needs a free place for the"
              + " twin (default: ${DEFAULT-VALUE}).")
  int webhookLimit;

  @Option(
      names = "--rotate-anew",
      description =
          "Rotate even where an earlier run was interrupted after its rotation took effect (by"
              + " default that secret, which nobody received, is handed out instead).")
  boolean rotateAnew;

  @Override
  boolean rotateAnew() {
    return rotateAnew;
  }

  @Override
  void checkOptions() {
    if (overlap()) {
      OverlapRotation.requireWebhookLimit(webhookLimit);
    }
  }

  @Override
  Handover handOut(
      SecretRotator rotator, FeaturebaseClient client, Webhook webhook, RotationRequest request) {
    if (!overlap()) {
      return rotator.rotate(webhook, request);
    }
    return new OverlapRotation(client, log(), journal()).start(webhook, request, webhookLimit);
  }

  private boolean overlap() {
    return RotationStrategy.parse(rotationStrategy) == RotationStrategy.OVERLAP;
  }
}
