package io.github.fbhooks.api;

import java.time.Instant;
import java.util.Optional;

/**
 * 429: too many requests (2,000 per minute per key, 3,000 per workspace, fixed one-minute windows).
 * The client retries by itself when Featurebase asks for a short wait; this exception means the
 * retries ran out or the wait asked for was too long. The request was not processed (an assumption,
 * see {@link ApiAssumptions}), so it is safe to repeat, even a create.
 */
public final class RateLimitedException extends FeaturebaseApiException {

  RateLimitedException(ApiFailure failure) {
    super(failure);
  }

  /**
   * When Featurebase said the request may be sent again: from {@code Retry-After}, else from {@code
   * X-RateLimit-Reset}.
   *
   * @return the time, or empty when the answer gave none
   */
  public Optional<Instant> retryAt() {
    return retryAtHint();
  }

  /** {@return false: a rate-limited request was not processed (assumed)} */
  @Override
  public boolean outcomeUnknown() {
    return !ApiAssumptions.RATE_LIMITED_REQUEST_WAS_NOT_PROCESSED;
  }

  /** {@return true} */
  @Override
  public boolean isTransient() {
    return true;
  }
}
