package io.github.fbhooks.secret;

/** A secret output cannot be written. The message names the output and what to do. */
public final class SecretOutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, where, and what to do
   * @param cause the I/O failure, or null
   */
  public SecretOutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
