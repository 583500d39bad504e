package io.github.fbhooks.signature;

import java.util.Objects;

/**
 * What {@link WebhookVerifier} found. It never holds a secret or the expected signature, so it is
 * safe to log.
 *
 * @param status {@link VerificationStatus#VERIFIED} or the reason for the rejection
 * @param matchedSecretIndex the position, in the verifier's list, of the secret that matched (0 for
 *     the first), or -1 when not verified; during a rotation window it tells whether senders still
 *     use the previous secret
 * @param message one sentence for a log line, e.g. {@code the timestamp is 512 s in the past, more
 *     than the 300 s tolerance}
 */
public record VerificationResult(
    VerificationStatus status, int matchedSecretIndex, String message) {

  /** Checks that only a verified result names a secret. */
  public VerificationResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    if ((status == VerificationStatus.VERIFIED) != (matchedSecretIndex >= 0)) {
      throw new IllegalArgumentException(
          "matchedSecretIndex must be >= 0 exactly when verified, got "
              + matchedSecretIndex
              + " for "
              + status);
    }
  }

  static VerificationResult verified(int secretIndex) {
    return new VerificationResult(
        VerificationStatus.VERIFIED,
        secretIndex,
        "signature verified with secret #" + (secretIndex + 1));
  }

  static VerificationResult rejected(VerificationStatus status, String message) {
    return new VerificationResult(status, -1, message);
  }

  /** {@return whether the delivery is authentic and fresh} */
  public boolean isVerified() {
    return status == VerificationStatus.VERIFIED;
  }

  /**
   * Returns this result when verified, for code that prefers exceptions.
   *
   * @return this result
   * @throws WebhookSignatureException when the delivery was rejected; it carries the status
   */
  public VerificationResult requireVerified() {
    if (!isVerified()) {
      throw new WebhookSignatureException(this);
    }
    return this;
  }

  @Override
  public String toString() {
    return "VerificationResult[" + status + ": " + message + "]";
  }
}
