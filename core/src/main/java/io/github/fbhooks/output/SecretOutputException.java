package io.github.fbhooks.output;

import io.github.fbhooks.words.WordedException;

/** A secret output cannot be written. The message names the output and what to do. */
public final class SecretOutputException extends WordedException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * Creates the exception.
   *
   * @param message what failed, where, and what to do
   * @param cause the I/O failure, or null
   */
  public SecretOutputException(String message, Throwable cause) {
    this(message, message, cause);
  }

  /**
   * Creates the exception with a short reason for messages that give their own advice.
   *
   * @param message what failed, where, and what to do
   * @param reason what failed and where, without advice, e.g. {@code cannot write the secret file
   *     x: it is a directory}
   * @param cause the I/O failure, or null
   */
  public SecretOutputException(String message, String reason, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** {@return what failed and where, without advice} */
  public String reason() {
    return reason;
  }
}
