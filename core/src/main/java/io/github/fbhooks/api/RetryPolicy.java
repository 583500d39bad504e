package io.github.fbhooks.api;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How {@link FeaturebaseClient} retries transient failures.
 *
 * <p>Retried: 429 for every method (a rate-limited request was not processed; an assumption, see
 * {@link ApiAssumptions}), connection failures where the request certainly was not sent for every
 * method, and 500, 502, 503, 504, read timeouts and broken connections for GET, PATCH and DELETE
 * only. A POST (create, refresh secret) is never repeated after an unknown outcome: it could create
 * a duplicate or replace a secret twice.
 *
 * <p>The wait before a retry is what Featurebase asked for ({@code Retry-After}, or {@code
 * X-RateLimit-Reset} on a 429) when it did, else exponential backoff with full jitter: a random
 * time between zero and {@code min(maxBackoff, initialBackoff * 2^(n-1))} after the n-th failure.
 *
 * @param maxAttempts requests sent at most, including the first; 1 turns retries off
 * @param initialBackoff the backoff ceiling after the first failure
 * @param maxBackoff the largest backoff ceiling
 * @param maxRetryAfter the longest wait fbhooks accepts from Featurebase; a longer {@code
 *     Retry-After} fails at once with a {@link RateLimitedException} that says when to retry
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  /** 4 attempts, backoff from 500 ms up to 8 s, waits of at most 60 s. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

  /** Checks the values. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requirePositiveOrZero(initialBackoff, "initialBackoff");
    requirePositiveOrZero(maxBackoff, "maxBackoff");
    requirePositiveOrZero(maxRetryAfter, "maxRetryAfter");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff ("
              + maxBackoff
              + ") must not be less than initialBackoff ("
              + initialBackoff
              + ")");
    }
  }

  /** {@return the policy that sends every request once} */
  public static RetryPolicy none() {
    return DEFAULT.withMaxAttempts(1);
  }

  /** {@return a copy with another number of attempts} */
  public RetryPolicy withMaxAttempts(int newMaxAttempts) {
    return new RetryPolicy(newMaxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
  }

  /** {@return a copy with other backoff bounds} */
  public RetryPolicy withBackoff(Duration newInitialBackoff, Duration newMaxBackoff) {
    return new RetryPolicy(maxAttempts, newInitialBackoff, newMaxBackoff, maxRetryAfter);
  }

  /** {@return a copy with another longest accepted wait} */
  public RetryPolicy withMaxRetryAfter(Duration newMaxRetryAfter) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, newMaxRetryAfter);
  }

  /**
   * The upper bound of the backoff after the given number of failures.
   *
   * @param failures failed attempts so far, at least 1
   * @return {@code min(maxBackoff, initialBackoff * 2^(failures-1))}
   */
  public Duration backoffCeiling(int failures) {
    Duration ceiling = initialBackoff;
    for (int i = 1; i < failures && ceiling.compareTo(maxBackoff) < 0; i++) {
      ceiling = ceiling.multipliedBy(2);
    }
    return ceiling.compareTo(maxBackoff) > 0 ? maxBackoff : ceiling;
  }

  /**
   * A backoff with full jitter: uniformly random between zero and {@link #backoffCeiling(int)}.
   *
   * @param failures failed attempts so far, at least 1
   * @param random the source of randomness
   * @return the time to wait
   */
  public Duration backoff(int failures, RandomGenerator random) {
    long ceilingMillis = backoffCeiling(failures).toMillis();
    return Duration.ofMillis(ceilingMillis == 0 ? 0 : random.nextLong(ceilingMillis + 1));
  }

  private static void requirePositiveOrZero(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
  }
}
