package io.github.fbhooks.api;

import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.net.URI;
import java.util.Optional;

/**
 * The failures of answers fbhooks cannot use: a 2xx whose body is not the expected JSON, a
 * redirect, a list whose cursors loop. Messages name the body's content type and length, never its
 * content.
 */
final class AnswerFailures {

  private final ClientSettings settings;

  AnswerFailures(ClientSettings settings) {
    this.settings = settings;
  }

  /**
   * A 2xx answer whose body is not what the endpoint returns.
   *
   * @param request where
   * @param status the status
   * @param contentType the content type, or null
   * @param bodyLength the body length in bytes
   * @param problem what is wrong, e.g. {@code not JSON}
   * @param likelyNotFeaturebase whether someone else (a proxy) probably answered
   * @return the failure
   */
  MalformedResponseException malformed(
      RequestInfo request,
      int status,
      String contentType,
      int bodyLength,
      String problem,
      boolean likelyNotFeaturebase) {
    String hint =
        likelyNotFeaturebase
            ? "A proxy or captive portal may have answered instead of Featurebase: check "
                + Words.setting(Setting.BASE_URL)
                + " ("
                + settings.baseUrl()
                + ") and the proxy settings."
            : "Check that "
                + Words.setting(Setting.BASE_URL)
                + " ("
                + settings.baseUrl()
                + ") is the Featurebase API and that API version "
                + settings.apiVersion()
                + " is right.";
    String outcome =
        status >= 200 && status < 300 && !request.method().equals("GET")
            ? " " + Hints.unknownOutcome(request)
            : "";
    String message =
        "Featurebase answered "
            + request.operation()
            + " with "
            + status
            + " and a body fbhooks cannot read: "
            + problem
            + " ("
            + describeBody(contentType, bodyLength)
            + "). "
            + hint
            + outcome;
    return new MalformedResponseException(
        request, status, contentType, bodyLength, problem, message, 1, "");
  }

  /**
   * A redirect, which fbhooks does not follow.
   *
   * @param request where
   * @param status the 3xx status
   * @param location the {@code Location} header, if any
   * @param contentType the content type, or null
   * @param bodyLength the body length
   * @return the failure
   */
  MalformedResponseException redirect(
      RequestInfo request,
      int status,
      Optional<String> location,
      String contentType,
      int bodyLength) {
    String target =
        location
            .flatMap(AnswerFailures::originOf)
            .map(origin -> " redirecting to " + origin)
            .orElse(" (a redirect or other unexpected status)");
    String message =
        "Featurebase answered "
            + request.operation()
            + " with "
            + status
            + target
            + "; fbhooks does not follow redirects, which would carry the API key to another"
            + " address. Set "
            + Words.setting(Setting.BASE_URL)
            + " (now "
            + settings.baseUrl()
            + ") to the address the API answers at.";
    return new MalformedResponseException(
        request, status, contentType, bodyLength, "unexpected status " + status, message, 1, "");
  }

  /**
   * The list endpoint sent a cursor it had sent before: listing would never end.
   *
   * @param cursor the repeated cursor
   * @param pages pages read so far
   * @return the failure
   */
  MalformedResponseException cursorLoop(String cursor, int pages) {
    RequestInfo request = RequestInfo.of("GET", "/v2/webhooks", settings.baseUrl());
    String problem = "nextCursor '" + scrub(cursor) + "' came back after " + pages + " pages";
    String message =
        "Featurebase answered "
            + request.operation()
            + " with a page whose "
            + problem
            + ", so listing would never end. This is a bug of the API (or of the emulator at "
            + settings.baseUrl()
            + "); run again, and report it if it persists.";
    return new MalformedResponseException(request, 200, null, 0, problem, message, 1, "");
  }

  /**
   * Describes a body without quoting it.
   *
   * @param contentType the content type, or null
   * @param bodyLength the length in bytes
   * @return e.g. {@code text/html, 1234 bytes}
   */
  static String describeBody(String contentType, int bodyLength) {
    String type = contentType == null || contentType.isBlank() ? "no content type" : contentType;
    return type + ", " + bodyLength + (bodyLength == 1 ? " byte" : " bytes");
  }

  private static Optional<String> originOf(String location) {
    try {
      URI uri = URI.create(location.trim());
      if (uri.getHost() == null) {
        return Optional.of("a path on the same host");
      }
      return Optional.of(
          (uri.getScheme() == null ? "" : uri.getScheme() + "://") + RequestInfo.hostOf(uri));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String scrub(String text) {
    return Redaction.scrub(text, settings);
  }
}
