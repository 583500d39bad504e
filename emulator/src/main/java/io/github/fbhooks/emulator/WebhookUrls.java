package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.LoopbackHosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The webhook URL rule: https, except that http is accepted for a loopback host ({@code localhost},
 * {@code 127.0.0.0/8}, {@code [::1]}) so local receivers need no TLS. Hosts are never resolved.
 */
final class WebhookUrls {

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

  /** {@return whether a URI host names the loopback interface, without any lookup} */
  static boolean isLoopbackHost(String host) {
    return LoopbackHosts.isLoopback(host);
  }
}
