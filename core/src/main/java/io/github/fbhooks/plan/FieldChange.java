package io.github.fbhooks.plan;

import java.util.Objects;

/**
 * One field that differs, with printable values: sensitive header values are masked, so a field
 * change may be logged, rendered and saved.
 *
 * @param field e.g. {@code url}, {@code topics}, {@code requestConfig.headers.X-Token}
 * @param before the live value as printed, or {@code (none)}
 * @param after the desired value as printed, or {@code (none)}
 */
public record FieldChange(String field, String before, String after) {

  /** How an absent value prints. */
  public static final String NONE = "(none)";

  /** Checks that every part is present. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  @Override
  public String toString() {
    return field + ": " + before + " -> " + after;
  }
}
