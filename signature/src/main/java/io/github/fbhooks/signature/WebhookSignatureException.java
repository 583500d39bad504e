package io.github.fbhooks.signature;

import java.util.Objects;

/**
 * A delivery whose signature did not verify. The message says why and never contains a secret or
 * the expected signature; answer the sender with a 4xx and do not process the event.
 */
public final class WebhookSignatureException extends RuntimeException {

  private final transient VerificationResult result;

  /**
   * @param result the failed verification
   */
  public WebhookSignatureException(VerificationResult result) {
    super(
        "Webhook signature rejected ("
            + Objects.requireNonNull(result, "result").status()
            + "): "
            + result.message());
    this.result = result;
  }

  /** {@return why the delivery was rejected} */
  public VerificationStatus status() {
    return result.status();
  }

  /** {@return the failed verification} */
  public VerificationResult result() {
    return result;
  }
}
