package io.github.fbhooks.signature;

import io.github.fbhooks.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 keys and instances: the one place that turns a secret into key bytes. */
final class HmacKeys {

  static final String ALGORITHM = "HmacSHA256";

  /** Length of an HMAC-SHA256 in bytes. */
  static final int MAC_LENGTH = 32;

  private HmacKeys() {}

  /**
   * The key of a webhook secret: the whole string, {@code whsec_} included, as UTF-8 (no base64
   * decoding, unlike the Standard Webhooks scheme).
   *
   * @param secret the secret
   * @param position how to name the secret in an error, e.g. {@code secret #2}
   * @return the key
   */
  static SecretKeySpec keyOf(Secret secret, String position) {
    if (secret == null) {
      throw new NullPointerException(position + " is null");
    }
    if (secret.reveal().isEmpty()) {
      throw new IllegalArgumentException(position + " is empty: a webhook secret is whsec_...");
    }
    byte[] bytes = secret.reveal().getBytes(StandardCharsets.UTF_8);
    try {
      return new SecretKeySpec(bytes, ALGORITHM); // copies the bytes
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** {@return a new MAC initialised with the key} */
  static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
