package io.github.fbhooks.cli;

import io.github.fbhooks.rotate.WebhookSelector;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which webhook: by id or by name. */
final class WebhookOptions {

  @Option(
      names = "--webhook-id",
      paramLabel = "<id>",
      description = "Id of the webhook (24 lowercase hex characters). Give this or --webhook-name.")
  String webhookId;

  @Option(
      names = "--webhook-name",
      paramLabel = "<name>",
      description = "Exact name of the webhook, looked up in the workspace.")
  String webhookName;

  /** {@return the selector; core refuses neither or both, with the fix} */
  WebhookSelector selector() {
    return new WebhookSelector(Optional.ofNullable(webhookId), Optional.ofNullable(webhookName));
  }
}
