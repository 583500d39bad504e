package io.github.fbhooks.maven;

import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.rotate.OverlapRotation;
import io.github.fbhooks.rotate.RotationCompletion;
import io.github.fbhooks.rotate.RotationRecord;
import io.github.fbhooks.rotate.WebhookSelector;
import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Completes an overlap rotation that {@code rotate-secret -Dfeaturebase.rotationStrategy=overlap}
 * started: deletes the old webhook, whose secret then stops working, and keeps its twin, with the
 * old webhook's name and description and the new secret. Run it once the receiver has the new
 * secret. A completion that was interrupted finishes when run again.
 *
 * @since 0.1.0
 */
@Mojo(name = "complete-rotation", threadSafe = true, requiresProject = false)
public final class CompleteRotationMojo extends AbstractApiMojo {

  /**
   * Id of the webhook being rotated (the old one, or its twin). Give this or {@code webhookName}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.WEBHOOK_ID)
  String webhookId;

  /**
   * Exact name of the webhook being rotated. Give this or {@code webhookId}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.WEBHOOK_NAME)
  String webhookName;

  /**
   * @param decrypter decrypts settings.xml passwords
   */
  @Inject
  public CompleteRotationMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  void doExecute() {
    WebhookSelector selector =
        new WebhookSelector(Optional.ofNullable(webhookId), Optional.ofNullable(webhookName));
    RotationCompletion done =
        new OverlapRotation(
                client(),
                buildLog(),
                IntentJournal.in(layout().workDirectory().resolve("intents"), buildLog()))
            .complete(selector);
    RotationRecord record = RotationRecord.of(done, Instant.now(), this::environment);
    record(record);
    getLog().info(done.summary());
  }
}
