package io.github.fbhooks.config;

import io.github.fbhooks.text.SafeText;
import java.util.List;
import java.util.Objects;

/**
 * A configuration names a base URL or a settings.xml server that the build does not allow, so its
 * API key must not be used for it. Thrown before any request is sent. Each {@link Untrusted} says
 * where, what, and which allow-list would accept it; front ends render the fix in their own terms.
 */
public final class UntrustedTargetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The entries are values; the list is never modified after construction. */
  @SuppressWarnings("serial")
  private final List<Untrusted> untrusted;

  /**
   * @param untrusted at least one refused value
   */
  public UntrustedTargetException(List<Untrusted> untrusted) {
    super(message(untrusted));
    this.untrusted = List.copyOf(untrusted);
  }

  /** {@return every refused value, in file order} */
  public List<Untrusted> untrusted() {
    return untrusted;
  }

  /** What a configuration may not choose by itself. */
  public enum Kind {
    /** The API base URL: the host the key is sent to. */
    BASE_URL("baseUrl", "base URL", "the allowed base URLs"),
    /** The settings.xml server: which key is sent. */
    SERVER_ID("serverId", "settings.xml server", "the allowed server ids");

    private final String field;
    private final String noun;
    private final String allowList;

    Kind(String field, String noun, String allowList) {
      this.field = field;
      this.noun = noun;
      this.allowList = allowList;
    }

    /** {@return the YAML field, e.g. {@code baseUrl}} */
    public String field() {
      return field;
    }

    /** {@return what the value is, e.g. {@code base URL}} */
    public String noun() {
      return noun;
    }

    /** {@return the allow-list that would accept it, in plain words} */
    public String allowList() {
      return allowList;
    }
  }

  /**
   * One refused value.
   *
   * @param location where the file declares it
   * @param kind base URL or server id
   * @param value the value as it may be printed (a base URL never holds user info; a server id is
   *     escaped)
   */
  public record Untrusted(SourceLocation location, Kind kind, String value) {

    /** Checks the parts; escapes the value. */
    public Untrusted {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(kind, "kind");
      value = SafeText.escape(Objects.requireNonNull(value, "value"));
    }

    /** {@return e.g. {@code webhooks.yaml:3:14: baseUrl https://x.example is not ...}} */
    @Override
    public String toString() {
      return location
          + ": "
          + kind.field()
          + " "
          + value
          + " is not a "
          + kind.noun()
          + " this build trusts with an API key";
    }
  }

  private static String message(List<Untrusted> untrusted) {
    if (untrusted.isEmpty()) {
      throw new IllegalArgumentException("an UntrustedTargetException needs an untrusted value");
    }
    StringBuilder out =
        new StringBuilder(
            "The webhooks configuration tries to decide where an API key is sent, which only the"
                + " build itself may do. Nothing was sent.");
    for (Untrusted entry : untrusted) {
      out.append('\n')
          .append(entry)
          .append(". If it is yours, add it to ")
          .append(entry.kind().allowList())
          .append(" in the build, never in the configuration file.");
    }
    return out.toString();
  }
}
