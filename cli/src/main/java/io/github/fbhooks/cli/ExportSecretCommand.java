package io.github.fbhooks.cli;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.rotate.Handover;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.webhook.Webhook;
import picocli.CommandLine.Command;

/** {@code fbhooks export-secret}: the Maven plugin's {@code export-secret} goal. */
@Command(
    mixinStandardHelpOptions = true,
    name = "export-secret",
    description =
        "Hand the current signing secret of a webhook out, as rotate-secret does, without"
            + " rotating it: to fetch it again in a later step, or after an interrupted rotation.")
final class ExportSecretCommand extends SecretCommand {

  @Override
  Handover handOut(
      SecretRotator rotator, FeaturebaseClient client, Webhook webhook, RotationRequest request) {
    return rotator.export(webhook, request);
  }
}
