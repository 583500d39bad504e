package io.github.fbhooks.api;

import io.github.fbhooks.words.WordedException;
import java.time.Instant;
import java.util.Optional;

/**
 * A call to the Featurebase API failed. Every failure of {@link FeaturebaseClient} is one of the
 * subclasses; none is checked, none carries a secret, and each message is one paragraph saying what
 * happened, where, and what to do.
 *
 * <ul>
 *   <li>{@link FeaturebaseApiException}: Featurebase answered with an error status.
 *   <li>{@link TransportException}: no usable HTTP answer (connection, timeout, proxy).
 *   <li>{@link MalformedResponseException}: an answer fbhooks cannot read.
 *   <li>{@link UnsupportedApiVersionException}: refused before sending anything.
 * </ul>
 *
 * <p>Two flags drive what callers do next: {@link #outcomeUnknown()} (the request may have been
 * processed; a create or a secret refresh must be checked before being repeated) and {@link
 * #isTransient()} (the same request may succeed later).
 */
public abstract sealed class FeaturebaseException extends WordedException
    permits FeaturebaseApiException,
        TransportException,
        MalformedResponseException,
        UnsupportedApiVersionException {

  private final int attempts;

  FeaturebaseException(String message, Throwable cause, int attempts, String retryNote) {
    super(retryNote.isEmpty() ? message : message + " " + retryNote, cause);
    this.attempts = attempts;
  }

  /**
   * Whether the request may have been processed although no success was seen: a read timeout, a
   * connection lost mid-request, a 5xx, or a 2xx whose body could not be read. False when the
   * request certainly had no effect (it was refused, not sent, or rate-limited). A secret rotation
   * whose refresh ends with an unknown outcome must read the webhook before doing anything else.
   *
   * @return true when the request may have taken effect
   */
  public abstract boolean outcomeUnknown();

  /**
   * Whether the same request may succeed later without any change: 429, 500, 502, 503, 504,
   * timeouts and broken connections. The client has already retried where that was safe.
   *
   * @return true for a temporary failure
   */
  public abstract boolean isTransient();

  /**
   * A few words on what failed, without advice, for a message that states its own conclusion: e.g.
   * {@code 503 service_unavailable}, {@code read timeout}, {@code 200 with malformed JSON}.
   *
   * @return the summary
   */
  public abstract String summary();

  /** {@return how many requests were sent before giving up: 1 when not retried, 0 when none} */
  public int attempts() {
    return attempts;
  }

  /** {@return when Featurebase asked the request to be retried, if it did} */
  Optional<Instant> retryAtHint() {
    return Optional.empty();
  }

  /**
   * A copy that records how the retries ended.
   *
   * @param attempts requests sent
   * @param retryNote one sentence appended to the message, or empty
   * @return the copy
   */
  abstract FeaturebaseException afterAttempts(int attempts, String retryNote);
}
