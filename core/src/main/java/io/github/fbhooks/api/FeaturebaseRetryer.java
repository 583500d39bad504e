package io.github.fbhooks.api;

import feign.RetryableException;
import feign.Retryer;
import io.github.fbhooks.log.BuildLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The one place that decides about retries. Every failure reaches it (see {@link Failures#route});
 * it either waits and lets Feign send the request again, or throws the typed {@link
 * FeaturebaseException} with a note on how retrying ended.
 *
 * <p>The rule: retry a transient failure when repeating the request is harmless, that is when the
 * method is idempotent (GET, PATCH, DELETE) or the request certainly had no effect ({@link
 * FeaturebaseException#outcomeUnknown()} is false: 429, connection not established). Waits follow
 * {@link RetryPolicy}. Feign clones the retryer for every call.
 */
final class FeaturebaseRetryer implements Retryer {

  private final RetryPolicy policy;
  private final Failures failures;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final BuildLog log;
  private final Waits waits;
  private int attempt = 1;

  FeaturebaseRetryer(
      RetryPolicy policy,
      Failures failures,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random,
      BuildLog log,
      Waits waits) {
    this.policy = policy;
    this.failures = failures;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.log = log;
    this.waits = waits;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    FeaturebaseException failure = failures.unwrap(e);
    RequestInfo request = RequestInfo.of(e.request());
    if (!failure.isTransient()) {
      throw failure.afterAttempts(attempt, gaveUpNote());
    }
    if (failure.outcomeUnknown() && !request.isIdempotent()) {
      throw failure.afterAttempts(
          attempt,
          "Not retried: a "
              + request.method()
              + " that may have been processed is never repeated automatically.");
    }
    if (attempt >= policy.maxAttempts()) {
      throw failure.afterAttempts(attempt, gaveUpNote());
    }
    Duration delay;
    Optional<Instant> retryAt = failure.retryAtHint();
    if (retryAt.isPresent()) {
      delay = Duration.between(clock.instant(), retryAt.get());
      delay = delay.isNegative() ? Duration.ZERO : delay;
      if (delay.compareTo(policy.maxRetryAfter()) > 0) {
        throw failure.afterAttempts(
            attempt,
            "Not retried: Featurebase asked to wait "
                + Hints.seconds(delay.withNanos(0))
                + ", longer than the "
                + Hints.seconds(policy.maxRetryAfter())
                + " fbhooks waits.");
      }
    } else {
      delay = policy.backoff(attempt, random);
    }
    logRetry(request, failure, delay);
    if (failure instanceof RateLimitedException) {
      waits.announce(delay, "Featurebase answered 429 Too Many Requests");
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw failure.afterAttempts(attempt, "Interrupted while waiting to retry.");
    }
    attempt++;
  }

  private String gaveUpNote() {
    return attempt > 1 ? "Gave up after " + attempt + " attempts." : "";
  }

  private void logRetry(RequestInfo request, FeaturebaseException failure, Duration delay) {
    if (!log.isDebugEnabled()) {
      return;
    }
    int failed = attempt;
    log.debug(
        () ->
            "Featurebase API "
                + request.operation()
                + ": attempt "
                + failed
                + " of "
                + policy.maxAttempts()
                + " failed ("
                + reasonOf(failure)
                + "); retrying in "
                + delay.toMillis()
                + " ms");
  }

  private static String reasonOf(FeaturebaseException failure) {
    if (failure instanceof FeaturebaseApiException api) {
      return api.status() + " " + api.code();
    }
    if (failure instanceof TransportException transport) {
      return transport.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return failure.getClass().getSimpleName();
  }

  @Override
  public Retryer clone() {
    return new FeaturebaseRetryer(policy, failures, clock, sleeper, random, log, waits);
  }
}
