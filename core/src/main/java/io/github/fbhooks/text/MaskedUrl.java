package io.github.fbhooks.text;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A URL as it may be printed in a log, a plan or {@code plan.json}: webhook URLs often carry a
 * token in their query ({@code ?token=...}) or, from a server, credentials before the host. The
 * user info is replaced by {@code ***}, every query value by {@code ***} (names are kept, so a
 * reader sees which parameter differs) and the fragment by {@code ***}. A URL that cannot be parsed
 * is not printed at all.
 */
public final class MaskedUrl {

  /** What a value or user info looks like once masked. */
  public static final String MASK = "***";

  private MaskedUrl() {}

  /**
   * Masks a URL for printing.
   *
   * @param url the URL, may be null
   * @return the masked, escaped URL; {@code (none)} for null
   */
  public static String of(String url) {
    if (url == null) {
      return "(none)";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "(a URL that cannot be parsed, not shown)";
    }
    if (uri.isOpaque() || uri.getScheme() == null) {
      return "(a URL that cannot be parsed, not shown)";
    }
    StringBuilder out = new StringBuilder(uri.getScheme()).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(MASK).append('@');
    }
    if (uri.getRawAuthority() != null) {
      String authority = uri.getRawAuthority();
      out.append(authority.substring(authority.lastIndexOf('@') + 1));
    }
    if (uri.getRawPath() != null) {
      out.append(uri.getRawPath());
    }
    if (uri.getRawQuery() != null) {
      out.append('?').append(maskQuery(uri.getRawQuery()));
    }
    if (uri.getRawFragment() != null) {
      out.append('#').append(MASK);
    }
    return SafeText.escape(out.toString());
  }

  private static String maskQuery(String query) {
    StringBuilder out = new StringBuilder();
    for (String pair : query.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      out.append(eq < 0 ? pair : pair.substring(0, eq + 1) + MASK);
    }
    return out.toString();
  }
}
