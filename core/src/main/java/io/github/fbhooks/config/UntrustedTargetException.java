package io.github.fbhooks.config;

import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.WordedException;
import io.github.fbhooks.words.Words;
import java.util.List;
import java.util.Objects;

/**
 * A configuration names a base URL or a credential (server id) that the build does not allow, so
 * its API key must not be used for it. Thrown before any request is sent. Each {@link Untrusted}
 * says where, what, and which allow-list would accept it; the message names that allow-list as a
 * {@link Setting}, which each front end renders in its own terms.
 */
public final class UntrustedTargetException extends WordedException {

  private static final long serialVersionUID = 1L;

  /** The entries are values; the list is never modified after construction. */
  @SuppressWarnings("serial")
  private final List<Untrusted> untrusted;

  /**
   * @param untrusted at least one refused value
   */
  public UntrustedTargetException(List<Untrusted> untrusted) {
    super(message(untrusted), null);
    this.untrusted = List.copyOf(untrusted);
  }

  /** {@return every refused value, in file order} */
  public List<Untrusted> untrusted() {
    return untrusted;
  }

  /** What a configuration may not choose by itself. */
  public enum Kind {
    /** The API base URL: the host the key is sent to. */
    BASE_URL("baseUrl", "base URL", Setting.ALLOWED_BASE_URLS),
    /** The server id of the credential: which key is sent. */
    SERVER_ID("serverId", "server id", Setting.ALLOWED_SERVER_IDS);

    private final String field;
    private final String noun;
    private final Setting allowList;

    Kind(String field, String noun, Setting allowList) {
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

    /** {@return the allow-list that would accept it} */
    public Setting allowList() {
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
      return location + ": " + refusal();
    }

    /**
     * {@return what is refused and how to allow it, without the location; names the allow-list as a
     * {@link Setting} reference}
     */
    public String explained() {
      return refusal()
          + ". If it is yours, allow it with "
          + Words.setting(kind.allowList(), value)
          + " in the build; a webhooks configuration cannot allow it by itself";
    }

    private String refusal() {
      return kind.field()
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
      out.append('\n').append(entry.location()).append(": ").append(entry.explained()).append('.');
    }
    return out.toString();
  }
}
