package io.github.fbhooks.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between retries; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits.
   *
   * @param duration how long, not negative
   * @throws InterruptedException when the thread is interrupted; the client then gives up
   */
  void sleep(Duration duration) throws InterruptedException;

  /** {@return a sleeper that blocks the calling thread} */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
