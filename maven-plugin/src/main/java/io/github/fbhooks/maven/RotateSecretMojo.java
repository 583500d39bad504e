package io.github.fbhooks.maven;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.rotate.Handover;
import io.github.fbhooks.rotate.OverlapRotation;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationStrategy;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.webhook.Webhook;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Rotates the signing secret of a Featurebase webhook and hands the new secret to later build steps
 * (a project property, a file, GitHub Actions step outputs). With the {@code immediate} strategy
 * Featurebase invalidates the old secret at once; with {@code overlap} a twin webhook with the new
 * secret is created beside the old one, both secrets are handed out, and {@code complete-rotation}
 * later removes the old webhook, so no event fails verification. Runs once per build, however many
 * modules the reactor has.
 *
 * @since 0.1.0
 */
@Mojo(name = "rotate-secret", threadSafe = true, requiresProject = false)
public final class RotateSecretMojo extends AbstractSecretMojo {

  /**
   * @param decrypter decrypts settings.xml passwords
   */
  @Inject
  public RotateSecretMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  /**
   * Rotate even where an earlier run was interrupted after its rotation took effect. By default
   * such a run's secret, which nobody received, is handed out instead of rotating again.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ROTATE_ANEW, defaultValue = "false")
  boolean rotateAnew;

  /**
   * How to rotate: {@code immediate} (Featurebase issues a new secret and the old one stops working
   * at once) or {@code overlap} (a twin with the new secret delivers beside the webhook until
   * {@code complete-rotation}; the previous secret is handed out too, e.g. as {@code
   * featurebase.webhook.previousSecret}).
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ROTATION_STRATEGY, defaultValue = "immediate")
  String rotationStrategy;

  /**
   * How many webhooks the workspace's plan allows; an overlap rotation needs a free place for its
   * twin and is refused before any change without one. Featurebase's default is 10.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.WEBHOOK_LIMIT, defaultValue = "10")
  int webhookLimit;

  @Override
  boolean rotates() {
    return true;
  }

  @Override
  Handover rotate(
      SecretRotator rotator,
      FeaturebaseClient client,
      IntentJournal journal,
      Webhook webhook,
      RotationRequest request) {
    if (!overlap()) {
      return rotator.rotate(webhook, request);
    }
    return new OverlapRotation(client, buildLog(), journal).start(webhook, request, limit());
  }

  @Override
  void checkParameters() {
    if (overlap()) {
      limit();
    }
  }

  private int limit() {
    return OverlapRotation.requireWebhookLimit(webhookLimit);
  }

  private boolean overlap() {
    return RotationStrategy.parse(rotationStrategy) == RotationStrategy.OVERLAP;
  }

  @Override
  boolean rotateAnew() {
    return rotateAnew;
  }
}
