package io.github.fbhooks.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration file, with where it is.
 *
 * @param location file, line and column of the offending node
 * @param path the node's path in the document, e.g. {@code webhooks[0].topics[2]}, or {@code
 *     (file)} for the file as a whole
 * @param message what is wrong and how to fix it; never a secret value
 */
public record ConfigProblem(SourceLocation location, String path, String message) {

  /** Checks all parts are present; keeps path and message on one line (escapes line breaks). */
  public ConfigProblem {
    Objects.requireNonNull(location, "location");
    path = oneLine(Objects.requireNonNull(path, "path"));
    message = oneLine(Objects.requireNonNull(message, "message"));
  }

  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                    out.append(String.format("\\u%04X", cp));
                  } else {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }

  /**
   * {@return the one-line form, {@code <file>:<line>:<column>: <path>: <message>}, e.g. {@code
   * featurebase/webhooks.yaml:14:7: webhooks[0].topics[2]: unknown topic "post.upvoted" (did you
   * mean "post.voted"?)}}
   */
  @Override
  public String toString() {
    return location + ": " + path + ": " + message;
  }
}
