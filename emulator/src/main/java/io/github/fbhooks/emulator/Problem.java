package io.github.fbhooks.emulator;

import java.util.Objects;

/**
 * One validation problem of a request body or a seed file entry.
 *
 * @param code the Featurebase error code, e.g. {@code invalid_parameter}
 * @param path the field, e.g. {@code topics[0]}; empty for the whole value
 * @param message what is wrong, without the path
 */
record Problem(String code, String path, String message) {

  static final String MISSING = "missing_parameter";
  static final String INVALID = "invalid_parameter";
  static final String NOT_SUPPORTED = "parameter_not_supported";

  Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@return "path: message", or the message alone for the whole value} */
  String describe() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
