package io.github.fbhooks.emulator;

/**
 * A field a PATCH body sets. A {@code Change} that is itself null means "not in the body"; a {@code
 * Change} holding null means "set to null", which clears the field.
 *
 * @param value the new value, or null to clear
 * @param <T> the field type
 */
record Change<T>(T value) {

  static <T> Change<T> to(T value) {
    return new Change<>(value);
  }
}
