package io.github.fbhooks.config;

import java.util.Objects;

/**
 * The value of a custom delivery header. A value resolved from {@code ${env:NAME}} is sensitive: it
 * prints masked in {@link #toString()}, plans and logs.
 *
 * @param value the resolved value
 * @param sensitive whether the value must never be printed
 */
public record HeaderValue(String value, boolean sensitive) {

  /** What a sensitive value looks like wherever it is printed. */
  public static final String MASK = "(sensitive)";

  /** Checks the value is present. */
  public HeaderValue {
    Objects.requireNonNull(value, "value");
  }

  /** {@return the value as it may be printed: itself, or {@value #MASK}} */
  public String printable() {
    return sensitive ? MASK : value;
  }

  @Override
  public String toString() {
    return printable();
  }
}
