package io.github.fbhooks.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A sensitive string: a Featurebase API key ({@code sk_...}) or a webhook signing secret ({@code
 * whsec_...}).
 *
 * <p>Its {@link #toString()} is redacted, so a secret that ends up in a log line or an exception
 * message shows as {@value #REDACTED}; fbhooks-core's JSON and YAML mappers write it redacted too.
 * The value is reachable only through {@link #reveal()}, which only the output sinks, the HTTP
 * authentication and the signer call. {@link #fingerprint()} gives a short, non-reversible
 * identifier for comparing secrets in plans and logs. It has no bean properties, so a JSON library
 * fbhooks did not configure fails on it rather than printing it.
 */
public final class Secret {

  /** What a secret looks like wherever it is printed. */
  public static final String REDACTED = "[redacted]";

  /** The prefix of every Featurebase webhook signing secret. */
  public static final String WEBHOOK_SECRET_PREFIX = "whsec_";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret, not null
   * @return the wrapped secret
   */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the secret value. Call it only where the value must leave the process on purpose: an
   * {@code Authorization} header, a secret output file, a signature.
   *
   * @return the plain secret value
   */
  public String reveal() {
    return value;
  }

  /** {@return true when the value is empty or only white space} */
  public boolean isBlank() {
    return value.isBlank();
  }

  /**
   * Whether this looks like a webhook signing secret: {@code whsec_} followed by at least one
   * printable, non-space ASCII character.
   *
   * @return true for a well-formed {@code whsec_...} value
   */
  public boolean isWellFormedWebhookSecret() {
    if (!value.startsWith(WEBHOOK_SECRET_PREFIX)
        || value.length() == WEBHOOK_SECRET_PREFIX.length()) {
      return false;
    }
    return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /**
   * A short fingerprint, the first 8 hex characters of the SHA-256 of the value: enough to tell two
   * secrets apart in a plan or a log, useless for recovering the secret.
   *
   * @return for example {@code sha256:1a2b3c4d}
   */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Compares in constant time, so equality checks do not leak the value through timing. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0; // a hash of the value would be a (weak) oracle; secrets are never map keys
  }

  @Override
  public String toString() {
    return REDACTED;
  }
}
