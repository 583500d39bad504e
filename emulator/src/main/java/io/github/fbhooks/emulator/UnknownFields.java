package io.github.fbhooks.emulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the emulator does with a field a create or update body has and the schema lacks. Whether
 * Featurebase refuses or ignores such fields is unconfirmed (reference §4), so both can be tried;
 * {@link Contract#UNKNOWN_FIELDS} is the default.
 */
public enum UnknownFields {
  /** Answer 400 {@code parameter_not_supported}, naming the field. */
  REFUSE,
  /** Process the request as if the field were absent. */
  IGNORE;

  /** {@return the name on the command line, e.g. {@code ignore}} */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Looks a choice up by its command-line name.
   *
   * @param name {@code refuse} or {@code ignore}
   * @return the choice, or empty for another name
   */
  public static Optional<UnknownFields> fromWireName(String name) {
    return Arrays.stream(values()).filter(u -> u.wireName().equals(name)).findFirst();
  }
}
