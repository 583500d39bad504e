package io.github.fbhooks.maven;

import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationResult;
import io.github.fbhooks.rotate.WebhookSelector;
import io.github.fbhooks.secret.FileSecretSink;
import io.github.fbhooks.secret.GithubOutputSink;
import io.github.fbhooks.secret.OwnerOnlyFiles;
import io.github.fbhooks.secret.SecretDocument;
import io.github.fbhooks.secret.SecretFormat;
import io.github.fbhooks.secret.SecretSink;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A goal that hands a webhook secret to the rest of the build: selects the webhook, builds the
 * outputs, runs once per build, and logs the outcome. Subclasses say what to do with the secret.
 */
abstract class AbstractSecretMojo extends AbstractApiMojo {

  /**
   * Id of the webhook (24 lowercase hex characters). Give this or {@code webhookName}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.WEBHOOK_ID)
  String webhookId;

  /**
   * Exact name of the webhook, looked up in the workspace. Give this or {@code webhookId}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.WEBHOOK_NAME)
  String webhookName;

  /**
   * Project property that receives the secret, for later plugins of the same build; {@code none}
   * sets no property. The webhook id goes to {@code featurebase.webhook.id}.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = FeaturebaseProperties.SECRET_PROPERTY,
      defaultValue = FeaturebaseProperties.DEFAULT_SECRET_PROPERTY)
  String secretProperty;

  /**
   * File that receives the secret, written atomically and readable by its owner only. Relative
   * paths are resolved against the module directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SECRET_FILE)
  File secretFile;

  /**
   * Layout of {@code secretFile}: {@code raw} (the secret alone), {@code dotenv}, {@code
   * properties} or {@code json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SECRET_FORMAT, defaultValue = "raw")
  String secretFormat;

  /**
   * In GitHub Actions ({@code GITHUB_OUTPUT} set), also write the step outputs {@code
   * webhook-secret} (masked) and {@code webhook-id}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.GITHUB_OUTPUT, defaultValue = "true")
  boolean githubOutput;

  /**
   * Check the key, the webhook and the outputs, and report what would happen; change nothing.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.DRY_RUN, defaultValue = "false")
  boolean dryRun;

  AbstractSecretMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  /** The core action: rotate or export. */
  abstract Function<RotationRequest, RotationResult> action();

  /** {@return the verb for log lines, e.g. rotated} */
  abstract String verb();

  @Override
  final void doExecute() {
    WebhookSelector selector =
        new WebhookSelector(Optional.ofNullable(webhookId), Optional.ofNullable(webhookName));
    Optional<ProjectPropertySink> propertySink = propertySink();
    String key = goalName() + " " + selector + " at " + baseUrl + (dryRun ? " (dry run)" : "");
    BuildOnce.Result<Handover> once =
        BuildOnce.run(session, key, () -> handOver(selector, propertySink));
    Handover handover = once.value();
    if (!once.ranHere()) {
      handover.document().ifPresent(doc -> propertySink.ifPresent(sink -> sink.write(doc)));
      getLog()
          .info(
              "The secret of webhook '"
                  + handover.result().webhookName()
                  + "' was already "
                  + verb()
                  + " earlier in this build; not again."
                  + propertySink.map(s -> " Set " + s.describe() + " for this module.").orElse(""));
    }
  }

  private Handover handOver(WebhookSelector selector, Optional<ProjectPropertySink> propertySink) {
    List<SecretSink> sinks = new ArrayList<>();
    propertySink.ifPresent(sinks::add);
    fileSink().ifPresent(sinks::add);
    githubSink().ifPresent(sinks::add);
    if (sinks.isEmpty()) {
      throw new UserConfigurationException(
          "No output for the secret: secretProperty is 'none' and no secretFile is set. Set -D"
              + FeaturebaseProperties.SECRET_FILE
              + "=<file> or -D"
              + FeaturebaseProperties.SECRET_PROPERTY
              + "=<property>, or the secret would be lost.");
    }
    RotationResult result = action().apply(new RotationRequest(selector, sinks, dryRun));
    getLog()
        .info(
            "Done in "
                + result.elapsed().toMillis()
                + " ms: webhook '"
                + result.webhookName()
                + "' ("
                + result.webhookId()
                + "), "
                + describe(result.outcome())
                + ", secret "
                + result.newFingerprint()
                + ".");
    return new Handover(result, propertySink.flatMap(ProjectPropertySink::written));
  }

  private static String describe(RotationResult.Outcome outcome) {
    return switch (outcome) {
      case ROTATED -> "secret rotated";
      case ROTATED_RESPONSE_LOST -> "secret rotated (its first answer was lost; read back)";
      case EXPORTED -> "secret exported";
      case DRY_RUN -> "dry run, nothing changed";
    };
  }

  private Optional<ProjectPropertySink> propertySink() {
    String name = secretProperty == null ? "" : secretProperty.trim();
    if (name.isEmpty() || "none".equals(name)) {
      return Optional.empty();
    }
    if (!name.matches("[A-Za-z0-9_.\\-]+")) {
      throw new UserConfigurationException(
          "secretProperty \""
              + name
              + "\" is not a usable property name: use letters, digits, '.', '-' and '_', e.g. -D"
              + FeaturebaseProperties.SECRET_PROPERTY
              + "="
              + FeaturebaseProperties.DEFAULT_SECRET_PROPERTY
              + ".");
    }
    return Optional.of(new ProjectPropertySink(project, name));
  }

  private Optional<SecretSink> fileSink() {
    if (secretFile == null) {
      return Optional.empty();
    }
    SecretFormat format = SecretFormats.parse(secretFormat);
    String propertyKey =
        secretProperty == null || secretProperty.isBlank() || "none".equals(secretProperty.trim())
            ? FeaturebaseProperties.DEFAULT_SECRET_PROPERTY
            : secretProperty.trim();
    BuildLog log = buildLog();
    return Optional.of(
        new FileSecretSink(secretFile.toPath(), format, propertyKey, new OwnerOnlyFiles(log)));
  }

  private Optional<SecretSink> githubSink() {
    String file = environment("GITHUB_OUTPUT");
    if (!githubOutput || file == null) {
      return Optional.empty();
    }
    return Optional.of(new GithubOutputSink(Path.of(file), System.out));
  }

  /** What one run handed over, kept for the other modules of the build. */
  record Handover(RotationResult result, Optional<SecretDocument> document) {}
}
