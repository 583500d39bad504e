package io.github.fbhooks.cli;

/**
 * A command line, environment or option value the command cannot run with: the user must fix it.
 * The message is one paragraph (what, where, what to do) and holds no secret.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
