package io.github.fbhooks.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URL rules: webhook URLs are https, or http for a loopback host ({@code localhost}, {@code
 * 127.0.0.0/8}, {@code [::1]}) so local receivers work, as the emulator allows; API base URLs are
 * http or https without user info, query or fragment. Hosts are never resolved. Messages never
 * print the URL, which may carry a token.
 */
final class Urls {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private Urls() {}

  /** {@return what is wrong with a webhook URL, or empty} */
  static Optional<String> webhookProblem(String url) {
    Optional<URI> parsed = parse(url);
    if (parsed.isEmpty()) {
      return Optional.of("is not a valid absolute URL with a host, e.g. https://example.com/hook");
    }
    URI uri = parsed.get();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || (scheme.equals("http") && isLoopbackHost(uri.getHost()))) {
      return Optional.empty();
    }
    if (scheme.equals("http")) {
      return Optional.of(
          "must be an https URL: Featurebase delivers over https (http is allowed only for"
              + " localhost, 127.0.0.0/8 and [::1], for local receivers)");
    }
    return Optional.of("must be an https URL, not " + scheme + ":");
  }

  /** {@return what is wrong with an API base URL, or empty} */
  static Optional<String> baseUrlProblem(String url) {
    Optional<URI> parsed = parse(url);
    if (parsed.isEmpty()) {
      return Optional.of(
          "is not a valid absolute URL with a host, e.g. https://do.featurebase.app");
    }
    URI uri = parsed.get();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("must start with https:// (or http:// for a local emulator)");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not contain user info; the API key comes from settings.xml");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("must not have a query or fragment");
    }
    return Optional.empty();
  }

  /** {@return a valid base URL without trailing slashes} */
  static URI normalizeBaseUrl(String url) {
    String text = url;
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  private static Optional<URI> parse(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.isOpaque() || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@return whether a URI host names the loopback interface, without any lookup} */
  static boolean isLoopbackHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      try {
        // a literal with a colon is parsed, never looked up
        return h.indexOf(':') >= 0
            && InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    Matcher m = IPV4.matcher(h);
    if (!m.matches()) {
      return false;
    }
    for (int i = 1; i <= 4; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return Integer.parseInt(m.group(1)) == 127;
  }
}
