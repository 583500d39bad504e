package io.github.fbhooks.api;

import io.github.fbhooks.webhook.LoopbackHosts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one set of rules for Featurebase API base URLs, wherever one comes from (a build parameter,
 * an allow-list, a {@code webhooks.yaml} workspace): {@code https}, or {@code http} only for a
 * loopback host (a local emulator), since an API key sent over plain http to another host travels
 * unencrypted; a host; no user info (credentials in a URL end up in logs), query or fragment.
 * Messages never print the URL itself, which may hold credentials.
 */
public final class BaseUrls {

  private BaseUrls() {}

  /**
   * What is wrong with a base URL.
   *
   * @param url the URL as written
   * @return the problem, phrased to follow the value's name (e.g. "must be https ..."), or empty
   */
  public static Optional<String> problem(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.trim());
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URL, e.g. " + ClientSettings.DEFAULT_BASE_URL);
    }
    if (uri.getScheme() == null || uri.isOpaque() || uri.getHost() == null) {
      return Optional.of(
          "is not a valid absolute URL with a host, e.g. " + ClientSettings.DEFAULT_BASE_URL);
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("must start with https:// (or http:// for a local emulator)");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of(
          "must not contain user info (user:password@); the API key is configured separately");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("must not have a query or fragment");
    }
    if (scheme.equals("http") && !LoopbackHosts.isLoopback(uri.getHost())) {
      return Optional.of(
          "is http:// to "
              + uri.getHost()
              + ", which would send the API key unencrypted: use https:// (plain http is allowed"
              + " only for localhost, 127.0.0.0/8 and [::1], for a local emulator)");
    }
    return Optional.empty();
  }

  /**
   * Parses and normalises a base URL.
   *
   * @param url the URL as written
   * @return the normalised URL (see {@link #normalize(URI)})
   * @throws IllegalArgumentException when it breaks a rule; the message starts with "Featurebase
   *     base URL" and never holds the URL's user info
   */
  public static URI parse(String url) {
    Optional<String> problem = problem(url);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("The Featurebase base URL " + problem.get());
    }
    return normalize(URI.create(url.trim()));
  }

  /**
   * Normalises a valid base URL, so two spellings of one API compare equal: scheme and host in
   * lower case, the scheme's default port and trailing slashes dropped.
   *
   * @param url a URL that follows the rules
   * @return the normalised URL
   * @throws IllegalArgumentException when it breaks a rule
   */
  public static URI normalize(URI url) {
    Optional<String> problem = problem(url.toString());
    if (problem.isPresent()) {
      throw new IllegalArgumentException("The Featurebase base URL " + problem.get());
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort =
        (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(
        scheme
            + "://"
            + url.getHost().toLowerCase(Locale.ROOT)
            + (port < 0 || defaultPort ? "" : ":" + port)
            + path);
  }
}
