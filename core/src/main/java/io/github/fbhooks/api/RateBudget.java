package io.github.fbhooks.api;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Paces a client by the budget Featurebase announces on every answer ({@code X-RateLimit-Remaining}
 * requests left until {@code X-RateLimit-Reset}), so that a known budget is not overrun: when the
 * requests left are all in flight or spent, the next request waits for the window to reset instead
 * of drawing a 429. Until an answer says otherwise the budget is unknown and nothing waits; a
 * window that ends later than {@link RetryPolicy#maxRetryAfter()} is not waited for (the request
 * goes, and a 429 is handled as any other). Thread-safe: requests in flight at once share it.
 */
final class RateBudget {

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration maxWait;
  private final Waits waits;

  private int remaining = -1;
  private Instant resetAt;
  private int inFlight;

  RateBudget(Clock clock, Sleeper sleeper, Duration maxWait, Waits waits) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxWait = maxWait;
    this.waits = waits;
  }

  /**
   * Takes one request from the budget, waiting for the next window when it is spent.
   *
   * @throws InterruptedIOException when the thread is interrupted while waiting
   */
  void acquire() throws InterruptedIOException {
    while (true) {
      Duration wait;
      Instant windowEnd;
      synchronized (this) {
        wait = waitBeforeSending();
        if (wait.isZero()) {
          inFlight++;
          if (remaining > 0) {
            remaining--;
          }
          return;
        }
        windowEnd = resetAt;
      }
      waits.announce(wait, "the API key's budget for this window is spent");
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate-limit window");
      }
      synchronized (this) {
        if (windowEnd.equals(resetAt)) {
          // waited it out: a new window, unknown until the next answer (whatever the clock says)
          remaining = -1;
          resetAt = null;
        }
      }
    }
  }

  /**
   * Returns a request to the budget when its answer came (or did not), with what the answer said.
   *
   * @param remainingHeader {@code X-RateLimit-Remaining}, if the answer had one
   * @param resetHeader {@code X-RateLimit-Reset}, if the answer had one
   */
  synchronized void release(Optional<String> remainingHeader, Optional<String> resetHeader) {
    inFlight = Math.max(0, inFlight - 1);
    Optional<Integer> left = remainingHeader.flatMap(RateBudget::count);
    Optional<Instant> reset =
        resetHeader.flatMap(value -> Responses.parseRateLimitReset(value, clock.instant()));
    if (left.isEmpty() || reset.isEmpty()) {
      return; // a budget is only known with both
    }
    // the answer counts the requests Featurebase has seen; those still in flight are not in it
    remaining = Math.max(0, left.get() - inFlight);
    resetAt = reset.get();
  }

  private Duration waitBeforeSending() {
    if (remaining < 0 || resetAt == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    if (!now.isBefore(resetAt)) {
      remaining = -1; // a new window: unknown until the next answer
      resetAt = null;
      return Duration.ZERO;
    }
    if (remaining > 0) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, resetAt);
    return wait.compareTo(maxWait) > 0 ? Duration.ZERO : wait;
  }

  private static Optional<Integer> count(String value) {
    String trimmed = value.trim();
    if (!trimmed.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(trimmed));
  }
}
