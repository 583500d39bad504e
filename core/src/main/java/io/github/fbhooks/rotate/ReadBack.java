package io.github.fbhooks.rotate;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.FeaturebaseException;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import java.util.Optional;

/**
 * The last step of handing out a secret: reading the webhook back. Another run (a second pipeline,
 * someone in the dashboard) may have rotated it after this run obtained the secret; then the
 * outputs hold a dead secret, which the caller reports as a failure.
 */
final class ReadBack {

  private final FeaturebaseClient client;
  private final BuildLog log;

  ReadBack(FeaturebaseClient client, BuildLog log) {
    this.client = client;
    this.log = log;
  }

  /**
   * Reads a webhook back and compares its secret with the one written.
   *
   * @param webhookId the webhook whose secret was written
   * @param written the secret written
   * @param ifUnread what the warning asks of the user when the webhook cannot be read: a sentence
   *     that starts with a space, or empty
   * @return the secret live now when it is another one; empty when the written one is live, when
   *     the answer shows no secret, or when the webhook could not be read (a warning says so: an
   *     unreadable webhook proves nothing either way)
   */
  Optional<Secret> otherLiveSecret(String webhookId, Secret written, String ifUnread) {
    Secret live;
    try {
      live = client.get(webhookId).secret();
    } catch (FeaturebaseException e) {
      log.warn(
          "Could not read webhook "
              + webhookId
              + " back to confirm that the secret written is still the live one ("
              + e.summary()
              + ")."
              + ifUnread);
      return Optional.empty();
    }
    return Optional.ofNullable(live).filter(secret -> !secret.equals(written));
  }
}
