package io.github.fbhooks.config;

import io.github.fbhooks.webhook.LoopbackHosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * URL rules: webhook URLs are https, or http for a loopback host ({@code localhost}, {@code
 * 127.0.0.0/8}, {@code [::1]}) so local receivers work, as the emulator allows; API base URLs are
 * http or https without user info, query or fragment. Hosts are never resolved. Messages never
 * print the URL, which may carry a token.
 */
final class Urls {

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
    return LoopbackHosts.isLoopback(host);
  }
}
