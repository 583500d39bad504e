package io.github.fbhooks.webhook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Featurebase API version, sent as the {@code Featurebase-Version} header: {@code <date>.<name>},
 * e.g. {@code 2026-01-01.nova}.
 *
 * @param value the header value
 */
public record ApiVersion(String value) {

  // declared before the constants below, whose constructor uses it
  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.([a-z][a-z0-9]*)");

  /** The legacy version, which has no webhook endpoints. */
  public static final ApiVersion CLOVER = new ApiVersion("2025-12-12.clover");

  /** The first version with webhook endpoints, and fbhooks' default. */
  public static final ApiVersion NOVA = new ApiVersion("2026-01-01.nova");

  /** A newer version seen in newer guides. */
  public static final ApiVersion ORBIT = new ApiVersion("2026-08-19.orbit");

  /** The version fbhooks sends unless told otherwise. */
  public static final ApiVersion DEFAULT = NOVA;

  /** Checks the {@code <date>.<name>} form. */
  public ApiVersion {
    Objects.requireNonNull(value, "value");
    Matcher m = FORMAT.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Featurebase API version \""
              + value
              + "\" is not of the form <date>.<name>, e.g. "
              + "2026-01-01.nova");
    }
    try {
      LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Featurebase API version \"" + value + "\" has an invalid date", e);
    }
  }

  /**
   * Parses a version header value.
   *
   * @param value e.g. {@code 2026-01-01.nova}
   * @return the version
   * @throws IllegalArgumentException when the value is not of the form {@code <date>.<name>}
   */
  public static ApiVersion parse(String value) {
    return new ApiVersion(value.trim());
  }

  /** {@return the release date of this version} */
  public LocalDate date() {
    return LocalDate.parse(value.substring(0, value.indexOf('.')));
  }

  /** {@return whether the webhook endpoints exist in this version (nova, 2026-01-01, and later)} */
  public boolean supportsWebhooks() {
    return !date().isBefore(NOVA.date());
  }

  @Override
  public String toString() {
    return value;
  }
}
