package io.github.fbhooks.emulator;

/** JSON literals for tests, written with single quotes to spare the escaping. */
final class Json {

  private Json() {}

  /** {@return the text with ' turned into ", after String.format of the arguments} */
  static String of(String singleQuoted, Object... args) {
    return String.format(singleQuoted, args).replace('\'', '"');
  }
}
