package io.github.fbhooks.text;

/**
 * Escapes untrusted text for GitHub-flavoured Markdown, such as {@code $GITHUB_STEP_SUMMARY}: HTML
 * is shown, never interpreted ({@code <script>} becomes {@code &lt;script&gt;}), Markdown syntax
 * characters are backslash-escaped (no links, images, emphasis, code spans or table cells can be
 * injected), and the text stays on one line.
 */
public final class Markdown {

  /**
   * What could start markup inside a line: a code span, emphasis, a link or image, a table cell,
   * strike-through. ({@code #}, {@code -} and {@code >} matter only at the start of a line, where
   * fbhooks never puts a value.)
   */
  private static final String SPECIAL = "\\`*_[]|~";

  private Markdown() {}

  /**
   * Escapes text for use inside a Markdown paragraph or table cell.
   *
   * @param text the text, may be null
   * @return the escaped text
   */
  public static String escape(String text) {
    String safe = SafeText.escape(text);
    StringBuilder out = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> {
          if (SPECIAL.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
