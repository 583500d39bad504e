package io.github.fbhooks.api;

import feign.MethodMetadata;
import feign.Request;
import feign.RequestLine;
import feign.RequestTemplate;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a failure happened, as messages name it: the method, the path template of the endpoint
 * ({@code POST /v2/webhooks/{id}/secret}), the host and, when the path has one, the webhook id.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param pathTemplate the endpoint path with its variables, e.g. {@code /v2/webhooks/{id}}
 * @param host the host and, when not the default, the port of the base URL
 * @param webhookId the webhook id of the path, when there is one
 */
record RequestInfo(String method, String pathTemplate, String host, Optional<String> webhookId) {

  private static final Pattern WEBHOOK_ID = Pattern.compile("/v2/webhooks/([^/?#]+)");

  /** {@return the method and path template, e.g. {@code GET /v2/webhooks/{id}}} */
  String operation() {
    return method + " " + pathTemplate;
  }

  /** {@return whether repeating this request after an unknown outcome is harmless} */
  boolean isIdempotent() {
    return switch (method) {
      case "GET", "PATCH", "DELETE" -> true;
      default -> false;
    };
  }

  /** {@return whether this is {@code POST /v2/webhooks}} */
  boolean isCreate() {
    return method.equals("POST") && pathTemplate.equals("/v2/webhooks");
  }

  /** {@return whether this is {@code POST /v2/webhooks/{id}/secret}} */
  boolean isRefreshSecret() {
    return method.equals("POST") && pathTemplate.endsWith("/secret");
  }

  /**
   * Describes a request Feign built from {@link WebhooksApi}: the path template comes from the
   * method's {@link RequestLine}, without its query.
   *
   * @param request the request
   * @return its description
   */
  static RequestInfo of(Request request) {
    URI url = URI.create(request.url());
    String method = request.httpMethod().name();
    String template = templateOf(request.requestTemplate()).orElse(url.getRawPath());
    Matcher id = WEBHOOK_ID.matcher(url.getRawPath());
    return new RequestInfo(
        method, template, hostOf(url), id.find() ? Optional.of(id.group(1)) : Optional.empty());
  }

  /**
   * Describes a request that fbhooks checks itself, without Feign.
   *
   * @param method e.g. {@code GET}
   * @param pathTemplate e.g. {@code /v2/webhooks}
   * @param baseUrl the base URL
   * @return the description
   */
  static RequestInfo of(String method, String pathTemplate, URI baseUrl) {
    return new RequestInfo(method, pathTemplate, hostOf(baseUrl), Optional.empty());
  }

  /** {@return the host and a non-default port of a URL, never its user info} */
  static String hostOf(URI url) {
    String host = url.getHost() == null ? "(no host)" : url.getHost().toLowerCase(Locale.ROOT);
    return url.getPort() == -1 ? host : host + ":" + url.getPort();
  }

  private static Optional<String> templateOf(RequestTemplate template) {
    if (template == null) {
      return Optional.empty();
    }
    MethodMetadata metadata = template.methodMetadata();
    if (metadata == null || metadata.method() == null) {
      return Optional.empty();
    }
    RequestLine line = metadata.method().getAnnotation(RequestLine.class);
    if (line == null) {
      return Optional.empty();
    }
    String value = line.value().trim();
    int space = value.indexOf(' ');
    String path = space < 0 ? value : value.substring(space + 1).trim();
    int query = path.indexOf('?');
    return Optional.of(query < 0 ? path : path.substring(0, query));
  }
}
