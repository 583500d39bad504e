package io.github.fbhooks.rotate;

import io.github.fbhooks.words.WordedException;

/**
 * A rotation did not complete. {@link #state()} says what the caller can rely on: whether the old
 * secret still works, and whether the new one reached every output.
 */
public final class RotationException extends WordedException {

  private static final long serialVersionUID = 1L;

  private final State state;

  /**
   * @param state what is known about the secret
   * @param message what happened, what it means for the old secret, what to do; may hold {@link
   *     io.github.fbhooks.words.Words} references
   * @param cause the underlying failure, or null
   */
  public RotationException(State state, String message, Throwable cause) {
    super(message, cause);
    this.state = state;
  }

  /** {@return what is known about the secret} */
  public State state() {
    return state;
  }

  /** What is known about the secret after the failure. */
  public enum State {
    /** Nothing was rotated: the old secret still works. */
    NOT_ROTATED,
    /** The rotation may or may not have happened; read the live secret with export-secret. */
    UNKNOWN,
    /** Rotated, but not every output received the new secret; export-secret writes it again. */
    ROTATED_OUTPUT_INCOMPLETE,
    /**
     * The outputs were written, but the secret they hold is no longer the live one: another run
     * rotated it meanwhile. export-secret writes the live one.
     */
    STALE_OUTPUT
  }
}
