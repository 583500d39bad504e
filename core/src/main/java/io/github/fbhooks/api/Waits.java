package io.github.fbhooks.api;

import io.github.fbhooks.log.BuildLog;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Says when a client waits for Featurebase's rate-limit window, with the caller's progress (e.g.
 * {@code 312 of 1,000 changes done}), so that a long run never looks stuck. Waits shorter than a
 * second pass silently.
 */
final class Waits {

  /** Waits at least this long get a line. */
  static final Duration ANNOUNCED = Duration.ofSeconds(1);

  private final BuildLog log;
  private final String baseUrl;
  private volatile Supplier<String> progress;

  Waits(BuildLog log, String baseUrl) {
    this.log = log;
    this.baseUrl = baseUrl;
  }

  /**
   * @param progress what the caller has done so far, appended to each wait line; null for nothing
   */
  void progress(Supplier<String> progress) {
    this.progress = progress;
  }

  /**
   * Announces a wait.
   *
   * @param wait how long
   * @param why e.g. {@code the API key's budget for this window is spent}
   */
  void announce(Duration wait, String why) {
    if (wait.compareTo(ANNOUNCED) < 0) {
      return;
    }
    Supplier<String> note = progress;
    String done = note == null ? null : note.get();
    log.info(
        "Waiting "
            + seconds(wait)
            + " for the rate-limit window of "
            + baseUrl
            + " ("
            + why
            + ")"
            + (done == null || done.isEmpty() ? "" : ", " + done)
            + ".");
  }

  private static String seconds(Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    return String.format(Locale.ROOT, "%,d s", seconds);
  }
}
