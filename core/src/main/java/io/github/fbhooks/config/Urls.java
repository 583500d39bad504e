package io.github.fbhooks.config;

import io.github.fbhooks.webhook.LoopbackHosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Webhook URL rules: https, or http for a loopback host ({@code localhost}, {@code 127.0.0.0/8},
 * {@code [::1]}) so local receivers work, as the emulator allows; never user info. (API base URLs
 * follow {@link io.github.fbhooks.api.BaseUrls}.) Hosts are never resolved. Messages never print
 * the URL, which may carry a token.
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
    if (uri.getRawUserInfo() != null) {
      return Optional.of(
          "must not contain user info (user:password@): credentials in a URL end up in logs and"
              + " plans; send them as a header whose value comes from ${env:NAME} instead");
    }
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
