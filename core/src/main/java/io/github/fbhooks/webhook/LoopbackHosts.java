package io.github.fbhooks.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises loopback hosts in URLs, where webhook URLs may use plain {@code http} so that local
 * receivers need no TLS. Never resolves a name: only {@code localhost}, {@code 127.0.0.0/8} and
 * IPv6 loopback literals count.
 */
public final class LoopbackHosts {

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private LoopbackHosts() {}

  /**
   * Whether a URI host names the loopback interface.
   *
   * @param host as {@link URI#getHost()} returns it (IPv6 in brackets)
   * @return true for localhost, 127.0.0.0/8 and ::1
   */
  public static boolean isLoopback(String host) {
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
