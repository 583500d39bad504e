package io.github.fbhooks.text;

/**
 * Makes text from untrusted sources (a YAML file under review, a server answer) safe to print on
 * one line of a log, an exception message or a terminal: control characters (C0, DEL, C1), line and
 * paragraph separators and the invisible characters that reorder or hide text (bidirectional
 * controls, the byte order mark) are written as escapes such as {@code \n} (or a backslash, {@code
 * u} and four hex digits). So a value can never start a forged log line ({@code \n[INFO] BUILD
 * SUCCESS}), move the cursor, or show something other than what it is.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * Whether a code point must never be shown as it is.
   *
   * @param cp a code point
   * @return true for C0 controls (tab and line feed included), DEL, C1 controls, U+2028/U+2029, the
   *     bidirectional controls (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) and U+FEFF
   */
  public static boolean isUnsafe(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF;
  }

  /**
   * The index of the first unsafe code point.
   *
   * @param text the text, may be null
   * @return its char index, or -1 when the text is safe (or null)
   */
  public static int firstUnsafe(String text) {
    if (text == null) {
      return -1;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isUnsafe(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * Escapes every unsafe code point: {@code \n}, {@code \r}, {@code \t}, else a backslash, {@code
   * u} and four hex digits. Backslashes are kept as they are, so safe text is returned unchanged.
   *
   * @param text the text, may be null
   * @return the escaped text; {@code "null"} for null
   */
  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (isUnsafe(cp)) {
            out.append(String.format("\\u%04X", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Quotes a value for a message: {@code 'value'} with unsafe characters escaped.
   *
   * @param text the value, may be null
   * @return e.g. {@code 'Production Webhook'}
   */
  public static String quote(String text) {
    return "'" + escape(text) + "'";
  }

  /**
   * Describes an unsafe code point for a message, e.g. {@code U+202E}.
   *
   * @param cp the code point
   * @return its {@code U+XXXX} form
   */
  public static String describe(int cp) {
    return String.format("U+%04X", cp);
  }
}
