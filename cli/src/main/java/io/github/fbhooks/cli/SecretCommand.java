package io.github.fbhooks.cli;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.GithubOutputSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.rotate.Handover;
import io.github.fbhooks.rotate.RotationRecord;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationResult;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.rotate.WebhookSelector;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.words.SettingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that hands a webhook secret out: to an owner-only file and, in GitHub Actions, to the
 * step outputs. Subclasses say whether and how they rotate.
 */
abstract class SecretCommand extends ApiCommand {

  /** The key of the secret in the properties format, as the Maven plugin's default property. */
  static final String PROPERTIES_KEY = "featurebase.webhook.secret";

  @Mixin WebhookOptions webhook;

  @Option(
      names = "--secret-file",
      paramLabel = "<file>",
      description = "File that receives the secret, written atomically and owner-only.")
  Path secretFile;

  @Mixin SecretFormatOption format;

  @Option(
      names = "--no-github-output",
      description =
          "In GitHub Actions ($GITHUB_OUTPUT set), do not write the step outputs webhook-secret"
              + " (masked) and webhook-id.")
  boolean noGithubOutput;

  @Option(
      names = "--dry-run",
      description = "Check the key, the webhook and the outputs; change and write nothing.")
  boolean dryRun;

  /**
   * Hands the secret out: rotated or exported.
   *
   * @param rotator the rotation protocol over this command's client
   * @param client the client
   * @param webhook the webhook
   * @param request the outputs and flags
   * @return what happened, and the live secret(s)
   */
  abstract Handover handOut(
      SecretRotator rotator, FeaturebaseClient client, Webhook webhook, RotationRequest request);

  /** {@return whether to rotate even after an interrupted rotation took effect} */
  boolean rotateAnew() {
    return false;
  }

  /** Refuses options of the command that are out of range, before anything is sent. */
  void checkOptions() {}

  @Override
  final int execute() {
    checkOptions();
    WebhookSelector selector = webhook.selector();
    RotationRequest request = new RotationRequest(selector, sinks(), dryRun, rotateAnew());
    FeaturebaseClient client = client();
    SecretRotator rotator = new SecretRotator(client, log(), journal());
    Webhook found = rotator.resolve(selector);
    RotationResult result = handOut(rotator, client, found, request).result();
    if (!dryRun) {
      RotationRecord.of(result, Instant.now(), context()::env).ifPresent(this::record);
    }
    log().info(result.summary());
    return ExitCode.OK;
  }

  private List<SecretSink> sinks() {
    List<SecretSink> sinks = new ArrayList<>();
    if (secretFile != null) {
      Path file = context().resolve(secretFile);
      sinks.add(
          new FileSecretSink(
              file,
              context().shown(file),
              format.secretFormat,
              PROPERTIES_KEY,
              new OwnerOnlyFiles(log())));
    }
    String githubOutput = context().env("GITHUB_OUTPUT");
    if (githubOutput != null && !noGithubOutput) {
      sinks.add(new GithubOutputSink(Path.of(githubOutput), context().out()));
    }
    if (sinks.isEmpty()) {
      throw new SettingException(
          "No output for the secret: give --secret-file=<file>"
              + (noGithubOutput ? ", or drop --no-github-output in GitHub Actions" : "")
              + ", or the secret would be lost. The secret is never printed.");
    }
    return sinks;
  }
}
