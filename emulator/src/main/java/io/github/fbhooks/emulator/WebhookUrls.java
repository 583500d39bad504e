package io.github.fbhooks.emulator;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook URL rule: https, except that http is accepted for a loopback host ({@code localhost},
 * {@code 127.0.0.0/8}, {@code [::1]}) so local receivers need no TLS. Hosts are never resolved.
 */
final class WebhookUrls {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private WebhookUrls() {}

  /**
   * Checks a webhook URL.
   *
   * @param url the candidate
   * @return what is wrong with it, or empty when it is acceptable
   */
  static Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("url is not a valid URL");
    }
    if (uri.getScheme() == null || uri.isOpaque() || uri.getHost() == null) {
      return Optional.of("url must be an absolute https URL with a host");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https") || (scheme.equals("http") && isLoopbackHost(uri.getHost()))) {
      return Optional.empty();
    }
    if (scheme.equals("http")) {
      return Optional.of(
          "url must use https (http is accepted only for localhost, 127.0.0.0/8 and [::1])");
    }
    return Optional.of("url must use https");
  }

  /**
   * Whether a URI host names the loopback interface, without any DNS lookup.
   *
   * @param host as {@link URI#getHost()} returns it (IPv6 in brackets)
   * @return true for localhost, 127.0.0.0/8 and ::1
   */
  static boolean isLoopbackHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      try {
        // a literal with a colon is parsed, never looked up
        return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
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
