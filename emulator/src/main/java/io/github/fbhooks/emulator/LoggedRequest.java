package io.github.fbhooks.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One API request as {@code GET /__emulator/requests} shows it. The response body is never kept (it
 * holds secrets); credentials in headers, the values of {@code requestConfig.headers} in the body
 * and a {@code secret} in the body are redacted.
 *
 * @param method the method
 * @param path the raw path
 * @param query the raw query string, or null
 * @param status the status answered, or null when the connection was closed without an answer
 * @param headers request headers by lower-case name, several values joined with ", "
 * @param body the request body as JSON, as a JSON string when it is not JSON, or null when empty
 * @param at when the request arrived
 * @param fault the action of the fault applied to it, or null
 */
record LoggedRequest(
    String method,
    String path,
    String query,
    Integer status,
    Map<String, String> headers,
    JsonNode body,
    Instant at,
    FaultAction fault) {

  private static final String REDACTED = "[redacted]";

  private static final Set<String> CREDENTIAL_HEADERS =
      Set.of("cookie", "proxy-authorization", "x-api-key");

  static LoggedRequest of(ApiRequest request, Integer status, FaultAction fault) {
    Map<String, String> headers = new LinkedHashMap<>();
    request.headers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> headers.put(e.getKey(), redact(e.getKey(), e.getValue())));
    return new LoggedRequest(
        request.method(),
        request.path(),
        request.rawQuery(),
        status,
        headers,
        bodyOf(request.body()),
        request.receivedAt(),
        fault);
  }

  /**
   * Redacts credentials: {@code Authorization: Bearer sk_...} shows as {@code Bearer
   * sk_…[redacted]}, nothing after {@code sk_}.
   */
  static String redact(String name, List<String> values) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("authorization")) {
      return String.join(", ", values.stream().map(LoggedRequest::redactAuthorization).toList());
    }
    if (CREDENTIAL_HEADERS.contains(lower)) {
      return "[redacted]";
    }
    return String.join(", ", values);
  }

  private static String redactAuthorization(String value) {
    String v = value.trim();
    String lower = v.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("bearer ")) {
      return "[redacted]";
    }
    return v.substring("bearer ".length()).trim().startsWith("sk_")
        ? "Bearer sk_…[redacted]"
        : "Bearer [redacted]";
  }

  private static JsonNode bodyOf(String body) {
    if (body.isEmpty()) {
      return null;
    }
    try {
      return redactBody(EmulatorJson.read(body));
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(body);
    }
  }

  /**
   * Redacts what a request body may hold for someone else: the values of {@code
   * requestConfig.headers} (credentials of the receiver, e.g. a bearer token) and any {@code
   * secret}. Header names stay, so a test can still see which headers were sent.
   */
  private static JsonNode redactBody(JsonNode body) {
    if (body instanceof ObjectNode object) {
      if (object.has("secret")) {
        object.put("secret", REDACTED);
      }
      if (object.get("requestConfig") instanceof ObjectNode config
          && config.get("headers") instanceof ObjectNode headers) {
        headers.fieldNames().forEachRemaining(name -> headers.put(name, REDACTED));
      }
    }
    return body;
  }
}
