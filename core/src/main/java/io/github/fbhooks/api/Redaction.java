package io.github.fbhooks.api;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.text.SafeText;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs and messages: which headers are printed, and scrubbing of text that
 * came from the server (an API error message might echo a value).
 */
final class Redaction {

  /** Headers whose value is replaced by {@value Secret#REDACTED}. */
  private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "x-api-key");

  /** Headers that are not printed at all. */
  private static final Set<String> DROPPED_HEADERS =
      Set.of("cookie", "set-cookie", "proxy-authorization");

  /** Anything that looks like a Featurebase API key or webhook secret. */
  private static final Pattern SECRET_LIKE = Pattern.compile("(whsec_|sk_)[^\\s\"',;]+");

  /** Server-provided text is cut to this many characters in messages. */
  static final int MAX_SERVER_TEXT = 300;

  private Redaction() {}

  /**
   * How a header is printed in a debug log.
   *
   * @param name the header name
   * @param value its value
   * @return the value to print, {@value Secret#REDACTED}, or empty when the header is not printed
   */
  static Optional<String> headerForLog(String name, String value) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (DROPPED_HEADERS.contains(lower)) {
      return Optional.empty();
    }
    if (REDACTED_HEADERS.contains(lower)) {
      return Optional.of(Secret.REDACTED);
    }
    return Optional.of(value);
  }

  /**
   * Makes server-provided text safe for a message: removes the API key, every other sensitive value
   * the client knows (such as resolved {@code ${env:...}} header values) and anything shaped like a
   * key or a webhook secret, keeps it on one line with control and bidirectional characters
   * escaped, and cuts it to {@value #MAX_SERVER_TEXT} characters.
   *
   * @param text the text, may be null
   * @param apiKey the API key in use
   * @param sensitiveValues further values never to print
   * @return the scrubbed text, empty for null
   */
  static String scrub(String text, Secret apiKey, List<Secret> sensitiveValues) {
    if (text == null) {
      return "";
    }
    String result = text;
    if (!apiKey.isBlank()) {
      result = result.replace(apiKey.reveal(), Secret.REDACTED);
    }
    // longest first, so a value that contains another is removed whole
    List<String> values =
        sensitiveValues.stream()
            .map(Secret::reveal)
            .filter(v -> !v.isEmpty())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    for (String value : values) {
      result = result.replace(value, Secret.REDACTED);
    }
    result = SECRET_LIKE.matcher(result).replaceAll(Secret.REDACTED);
    result = SafeText.escape(result.replaceAll("\\s+", " ").trim());
    return result.length() > MAX_SERVER_TEXT
        ? result.substring(0, MAX_SERVER_TEXT) + "..."
        : result;
  }

  /**
   * Scrubs server-provided text with the values a client's settings know.
   *
   * @param text the text, may be null
   * @param settings the client's settings
   * @return the scrubbed text
   */
  static String scrub(String text, ClientSettings settings) {
    return scrub(text, settings.apiKey(), settings.sensitiveValues());
  }
}
