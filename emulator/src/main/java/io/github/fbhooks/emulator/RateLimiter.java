package io.github.fbhooks.emulator;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed one-minute windows per API key, aligned to the minutes of the clock, no lockout. Every
 * authenticated request counts, whatever its answer.
 */
final class RateLimiter {

  private record Window(long start, int count) {}

  /**
   * The outcome of counting one request.
   *
   * @param allowed whether the request is within the limit
   * @param limit requests per window
   * @param remaining requests left in this window
   * @param resetEpochSeconds when the window ends
   * @param retryAfterSeconds seconds until the window ends, at least 1
   */
  record Decision(
      boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {

    /** {@return the X-RateLimit-* headers, and Retry-After when refused} */
    Map<String, String> headers() {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-RateLimit-Limit", Integer.toString(limit));
      headers.put("X-RateLimit-Remaining", Integer.toString(remaining));
      headers.put("X-RateLimit-Reset", Long.toString(resetEpochSeconds));
      if (!allowed) {
        headers.put("Retry-After", Long.toString(retryAfterSeconds));
      }
      return headers;
    }
  }

  private final int limit;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** {@return the decision for one more request of this key} */
  Decision acquire(String apiKey) {
    long now = clock.millis();
    long start = now - Math.floorMod(now, Contract.RATE_WINDOW_MILLIS);
    Window window =
        windows.compute(
            apiKey,
            (key, old) ->
                old == null || old.start() != start
                    ? new Window(start, 1)
                    : new Window(start, old.count() + 1));
    long end = start + Contract.RATE_WINDOW_MILLIS;
    return new Decision(
        window.count() <= limit,
        limit,
        Math.max(0, limit - window.count()),
        end / 1000,
        Math.max(1, (end - now + 999) / 1000));
  }

  /** Forgets all windows. */
  void reset() {
    windows.clear();
  }
}
