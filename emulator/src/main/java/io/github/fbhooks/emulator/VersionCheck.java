package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.ApiVersion;
import java.util.Optional;

/**
 * Resolves the {@code Featurebase-Version} header: absent means the configured default, garbage is
 * 400, and a version before nova has no webhook endpoints (404 version_not_supported).
 */
final class VersionCheck {

  private static final int MAX_ECHO = 40;

  private final ApiVersion defaultVersion;

  VersionCheck(ApiVersion defaultVersion) {
    this.defaultVersion = defaultVersion;
  }

  /**
   * Resolves the version of a request.
   *
   * @param header the header value, if sent
   * @return the version that applies
   * @throws ApiException 400 invalid_parameter when the header is not {@code <date>.<name>}
   */
  ApiVersion resolve(Optional<String> header) {
    if (header.isEmpty()) {
      return defaultVersion;
    }
    try {
      return ApiVersion.parse(header.get());
    } catch (IllegalArgumentException e) {
      String shown = header.get();
      if (shown.length() > MAX_ECHO) {
        shown = shown.substring(0, MAX_ECHO) + "...";
      }
      throw ApiException.badRequest(
          Problem.INVALID,
          Contract.VERSION_HEADER
              + " \""
              + shown
              + "\" is not a version of the form <date>.<name>, e.g. "
              + Contract.FIRST_WEBHOOK_VERSION,
          Contract.VERSION_HEADER);
    }
  }

  /**
   * Refuses versions that have no webhook endpoints.
   *
   * @param version the resolved version
   * @throws ApiException 404 version_not_supported
   */
  void requireWebhooks(ApiVersion version) {
    if (!version.supportsWebhooks()) {
      throw ApiException.notFound(
          "version_not_supported",
          "Webhook endpoints do not exist in API version "
              + version
              + ": send the header "
              + Contract.VERSION_HEADER
              + ": "
              + Contract.FIRST_WEBHOOK_VERSION
              + " or later");
    }
  }
}
