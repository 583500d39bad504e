package io.github.fbhooks.maven;

/** A goal's configuration is wrong: the message names the parameter, the value and the fix. */
final class UserConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UserConfigurationException(String message) {
    super(message);
  }

  UserConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
