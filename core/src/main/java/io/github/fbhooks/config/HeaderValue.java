package io.github.fbhooks.config;

import java.util.List;
import java.util.Objects;

/**
 * The value of a custom delivery header. A value resolved from {@code ${env:NAME}} is sensitive: it
 * prints as {@code (sensitive, from ${env:NAME})} in {@link #toString()}, plans and logs, which
 * says where it came from and nothing about the value itself (not even its length).
 *
 * @param value the resolved value
 * @param sensitive whether the value must never be printed
 * @param variables the environment variables the value was resolved from, in order; empty for a
 *     value written out in the file
 */
public record HeaderValue(String value, boolean sensitive, List<String> variables) {

  /** What a sensitive value looks like where its variables are unknown. */
  public static final String MASK = "(sensitive)";

  /** Checks the value is present and copies the list. */
  public HeaderValue {
    Objects.requireNonNull(value, "value");
    variables = List.copyOf(variables);
  }

  /**
   * A value with no variable behind it.
   *
   * @param value the value
   * @param sensitive whether it must never be printed
   */
  public HeaderValue(String value, boolean sensitive) {
    this(value, sensitive, List.of());
  }

  /** {@return the value as it may be printed: itself, or {@code (sensitive, from ${env:NAME})}} */
  public String printable() {
    if (!sensitive) {
      return value;
    }
    if (variables.isEmpty()) {
      return MASK;
    }
    return "(sensitive, from "
        + String.join(", ", variables.stream().map(v -> "${env:" + v + "}").toList())
        + ")";
  }

  @Override
  public String toString() {
    return printable();
  }
}
