package io.github.fbhooks.emulator;

import io.github.fbhooks.secret.Secret;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes webhook, event and resource ids (ObjectId-like: creation second, then random bytes) and
 * signing secrets.
 */
final class RandomIds {

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  RandomIds(Clock clock) {
    this.clock = clock;
  }

  /** {@return 24 lowercase hex characters: 4 bytes of epoch seconds, 8 random bytes} */
  String newWebhookId() {
    byte[] tail = new byte[8];
    random.nextBytes(tail);
    ByteBuffer bytes = ByteBuffer.allocate(12);
    bytes.putInt((int) clock.instant().getEpochSecond());
    bytes.put(tail);
    return HexFormat.of().formatHex(bytes.array());
  }

  /** {@return an ObjectId-like id for an event's resource, e.g. a post} */
  String newObjectId() {
    return newWebhookId();
  }

  /** {@return the id of a notification event: {@code notif_} and an ObjectId-like id} */
  String newEventId() {
    return "notif_" + newWebhookId();
  }

  /** {@return {@code whsec_} and 43 URL-safe characters from 32 random bytes} */
  Secret newSecret() {
    byte[] bytes = new byte[Contract.SECRET_RANDOM_BYTES];
    random.nextBytes(bytes);
    return Secret.of(
        Secret.WEBHOOK_SECRET_PREFIX
            + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }
}
