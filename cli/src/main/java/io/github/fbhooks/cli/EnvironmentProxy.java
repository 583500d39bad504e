package io.github.fbhooks.cli;

import io.github.fbhooks.api.ProxyConfig;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.words.SettingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HTTPS proxy of the environment, as curl and most command lines read it: {@code HTTPS_PROXY}
 * (or {@code https_proxy}), with user and password in its URL if the proxy needs them, and {@code
 * NO_PROXY} (or {@code no_proxy}): comma-separated hosts, each also matching its subdomains, or
 * {@code *} for all.
 */
final class EnvironmentProxy {

  private EnvironmentProxy() {}

  /**
   * The proxy, if the environment names one.
   *
   * @param context the environment
   * @return the proxy
   * @throws SettingException for a proxy URL that cannot be used; the message never shows its
   *     password
   */
  static Optional<ProxyConfig> of(CliContext context) {
    String value = first(context, "HTTPS_PROXY", "https_proxy");
    if (value == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(value.contains("://") ? value.trim() : "http://" + value.trim());
    } catch (URISyntaxException e) {
      // not the cause: its message holds the URL, password included
      throw invalid("it is not a URL", null);
    }
    if (uri.getHost() == null) {
      throw invalid("it names no host", null);
    }
    try {
      int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
      ProxyConfig proxy = ProxyConfig.of(uri.getHost(), port);
      String userInfo = uri.getRawUserInfo();
      if (userInfo != null && !userInfo.isEmpty()) {
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        if (password.isEmpty()) {
          throw invalid("it names a user but no password", null);
        }
        proxy = proxy.withCredentials(user, Secret.of(password));
      }
      return Optional.of(
          proxy.withNonProxyHosts(nonProxyHosts(first(context, "NO_PROXY", "no_proxy"))));
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage(), e);
    }
  }

  private static List<String> nonProxyHosts(String noProxy) {
    List<String> patterns = new ArrayList<>();
    if (noProxy == null) {
      return patterns;
    }
    for (String entry : noProxy.split(",")) {
      String host = entry.trim();
      if (host.isEmpty()) {
        continue;
      }
      if (host.equals("*")) {
        patterns.add("*");
      } else if (host.startsWith(".")) {
        patterns.add("*" + host);
      } else {
        patterns.add(host);
        patterns.add("*." + host);
      }
    }
    return patterns;
  }

  /** Percent-decodes a part of the URL; a {@code +} stays a plus, as in any URL but a form. */
  private static String decode(String value) {
    return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String first(CliContext context, String... names) {
    for (String name : names) {
      String value = context.env(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static SettingException invalid(String why, Exception cause) {
    return new SettingException(
        "The proxy in HTTPS_PROXY cannot be used: "
            + why
            + ". Set it as http://[user:password@]host:port, or unset it.",
        cause);
  }
}
