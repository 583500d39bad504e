package io.github.fbhooks.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A blocking wait raced against a deadline: when the deadline passes first, an action cuts the wait
 * short (closes its stream or connection); the waiting thread then learns from {@link
 * #finishedInTime()} whether what it got is real or the cut. Whoever settles first wins, once.
 */
final class Deadline {

  private final AtomicBoolean settled = new AtomicBoolean();

  private Deadline() {}

  /**
   * Starts the clock.
   *
   * @param millis how long the wait may take
   * @param cutShort what ends the wait when the time is over (it must not throw)
   * @return the deadline
   */
  static Deadline start(long millis, Runnable cutShort) {
    Deadline deadline = new Deadline();
    CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS)
        .execute(
            () -> {
              if (deadline.settled.compareAndSet(false, true)) {
                cutShort.run();
              }
            });
    return deadline;
  }

  /**
   * Settles the race from the waiting side; call it once the wait has ended, however it ended.
   *
   * @return true when the wait ended before the deadline; false when the deadline cut it short
   */
  boolean finishedInTime() {
    return settled.compareAndSet(false, true);
  }
}
