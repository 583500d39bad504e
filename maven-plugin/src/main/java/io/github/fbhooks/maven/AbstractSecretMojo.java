package io.github.fbhooks.maven;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.GithubOutputSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.rotate.Handover;
import io.github.fbhooks.rotate.RotationException;
import io.github.fbhooks.rotate.RotationRecord;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationResult;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.rotate.WebhookSelector;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.words.Words;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A goal that hands a webhook secret to the rest of the build: selects the webhook, builds the
 * outputs, rotates at most once per build and webhook (every module's outputs get the one live
 * secret), and logs the outcome. Subclasses say whether they rotate.
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

  /** {@return whether this goal rotates (else it exports)} */
  abstract boolean rotates();

  /** {@return whether to rotate even after an interrupted rotation took effect} */
  boolean rotateAnew() {
    return false;
  }

  /**
   * Rotates the webhook's secret: immediately by default.
   *
   * @return what happened, and the live secret(s) for further outputs
   */
  Handover rotate(
      SecretRotator rotator,
      FeaturebaseClient client,
      IntentJournal journal,
      Webhook webhook,
      RotationRequest request) {
    return rotator.rotate(webhook, request);
  }

  /** Refuses parameters of the goal that are out of range, before anything is sent. */
  void checkParameters() {}

  @Override
  final void doExecute() {
    checkParameters();
    WebhookSelector selector =
        new WebhookSelector(Optional.ofNullable(webhookId), Optional.ofNullable(webhookName));
    RotationRequest request = new RotationRequest(selector, sinks(), dryRun, rotateAnew());
    FeaturebaseClient client = client();
    IntentJournal journal =
        IntentJournal.in(layout().workDirectory().resolve("intents"), buildLog());
    SecretRotator rotator = new SecretRotator(client, buildLog(), journal);
    Webhook webhook = rotator.resolve(selector);
    RotationResult result;
    if (dryRun) {
      result =
          rotates()
              ? rotate(rotator, client, journal, webhook, request).result()
              : rotator.export(webhook, request).result();
    } else {
      BuildOnce.Webhook shared =
          BuildOnce.webhook(session, client.settings().baseUrl() + " " + webhook.id());
      result = shared.locked(() -> handOut(rotator, client, journal, webhook, request, shared));
      RotationRecord.of(result, Instant.now(), this::environment).ifPresent(this::record);
    }
    getLog().info(MavenWords.render(result.summary()));
  }

  /**
   * Rotates or exports, unless an earlier module of this build rotated the same webhook: then this
   * module's outputs get that rotation's secret, and nothing is rotated again.
   */
  private RotationResult handOut(
      SecretRotator rotator,
      FeaturebaseClient client,
      IntentJournal journal,
      Webhook webhook,
      RotationRequest request,
      BuildOnce.Webhook shared) {
    if (shared.failure().isPresent()) {
      throw new BuildOnce.AlreadyFailedException(shared.failure().get());
    }
    if (shared.rotated().isPresent()) {
      getLog()
          .info(
              "The secret of webhook "
                  + webhook.label()
                  + " was rotated earlier in this build; writing that secret to this module's"
                  + " outputs, not rotating again.");
      return inModule(true, () -> rotator.handOver(shared.rotated().get(), request));
    }
    if (!rotates()) {
      return inModule(severalModules(), () -> rotator.export(webhook, request).result());
    }
    try {
      Handover handover =
          inModule(severalModules(), () -> rotate(rotator, client, journal, webhook, request));
      handover.document().ifPresent(shared::rotated);
      return handover.result();
    } catch (RuntimeException e) {
      shared.failed(e);
      throw e;
    }
  }

  /**
   * Names the module in a failure to hand out a secret where asked to (always for a secret an
   * earlier module rotated; else when the build has several modules): each module's outputs must
   * get the live secret, so the user must know whose did not.
   */
  private <T> T inModule(boolean name, Supplier<T> action) {
    try {
      return action.get();
    } catch (RotationException e) {
      if (!name) {
        throw e;
      }
      // the same cause, so the failure is classified as the original was
      throw new RotationException(
          e.state(), "In module " + moduleName() + ": " + Words.of(e), e.getCause());
    } catch (SecretOutputException e) {
      if (!name) {
        throw e;
      }
      throw new SecretOutputException(
          "In module " + moduleName() + ": " + Words.of(e), e.reason(), e);
    }
  }

  private boolean severalModules() {
    return session != null && session.getProjects() != null && session.getProjects().size() > 1;
  }

  private String moduleName() {
    return "'" + (project == null ? "?" : project.getArtifactId()) + "'";
  }

  private List<SecretSink> sinks() {
    List<SecretSink> sinks = new ArrayList<>();
    propertySink().ifPresent(sinks::add);
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
    return sinks;
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
    return Optional.of(new ProjectPropertySink(project, name, buildLog()));
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
    ProjectLayout layout = layout();
    Path file = layout.resolve(secretFile);
    return Optional.of(
        new FileSecretSink(file, layout.shown(file), format, propertyKey, new OwnerOnlyFiles(log)));
  }

  private Optional<SecretSink> githubSink() {
    String file = environment("GITHUB_OUTPUT");
    if (!githubOutput || file == null) {
      return Optional.empty();
    }
    return Optional.of(new GithubOutputSink(Path.of(file), System.out));
  }
}
