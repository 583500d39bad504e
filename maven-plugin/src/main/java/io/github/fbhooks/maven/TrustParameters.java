package io.github.fbhooks.maven;

import io.github.fbhooks.api.BaseUrls;
import io.github.fbhooks.config.TrustedTargets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the trusted targets from a goal's parameters, which only the POM and the command line set:
 * the base URL, the server id, and their allow-lists.
 */
final class TrustParameters {

  private TrustParameters() {}

  /**
   * @param baseUrl the {@code baseUrl} parameter
   * @param serverId the {@code serverId} parameter
   * @param allowedBaseUrls the {@code allowedBaseUrls} parameter, may be null
   * @param allowedServerIds the {@code allowedServerIds} parameter, may be null
   * @return the targets
   * @throws UserConfigurationException when a URL breaks the base URL rules
   */
  static TrustedTargets of(
      String baseUrl,
      String serverId,
      List<String> allowedBaseUrls,
      List<String> allowedServerIds) {
    URI base = baseUri(baseUrl, FeaturebaseProperties.BASE_URL);
    List<URI> urls = new ArrayList<>();
    for (String url : nonBlank(allowedBaseUrls)) {
      urls.add(baseUri(url, FeaturebaseProperties.ALLOWED_BASE_URLS));
    }
    return TrustedTargets.of(base, serverId.trim()).allowing(urls, nonBlank(allowedServerIds));
  }

  /**
   * Parses a base URL parameter.
   *
   * @param url the value
   * @param property the property that set it, for the message
   * @return the normalised URL
   */
  static URI baseUri(String url, String property) {
    try {
      return BaseUrls.parse(url == null ? "" : url);
    } catch (IllegalArgumentException e) {
      throw new UserConfigurationException(
          e.getMessage()
              + " (-D"
              + property
              + "). Use e.g. -D"
              + property
              + "="
              + io.github.fbhooks.api.ClientSettings.DEFAULT_BASE_URL
              + ".");
    }
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}
