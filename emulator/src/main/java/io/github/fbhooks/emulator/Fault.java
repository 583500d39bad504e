package io.github.fbhooks.emulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * An injected fault, as the admin API shows it.
 *
 * @param id e.g. {@code flt_1}, assigned when registered
 * @param method the upper-case method to match, or null for any
 * @param path a {@link PathGlob} pattern
 * @param action what to do
 * @param times how many requests it applies to in all
 * @param remaining how many more requests it applies to
 * @param status respond: the status
 * @param headers respond: extra headers, or null
 * @param body respond: the raw body, or null
 * @param contentType respond: the Content-Type
 * @param delayMs delay: milliseconds to wait before processing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Fault(
    String id,
    String method,
    String path,
    FaultAction action,
    int times,
    int remaining,
    Integer status,
    Map<String, String> headers,
    String body,
    String contentType,
    Long delayMs) {

  Fault {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(action, "action");
    headers = headers == null ? null : Map.copyOf(headers);
  }

  boolean matches(String requestMethod, String requestPath) {
    return (method == null || method.equals(requestMethod)) && PathGlob.matches(path, requestPath);
  }

  Fault withId(String newId) {
    return new Fault(
        newId, method, path, action, times, remaining, status, headers, body, contentType, delayMs);
  }

  Fault withRemaining(int newRemaining) {
    return new Fault(
        id, method, path, action, times, newRemaining, status, headers, body, contentType, delayMs);
  }

  /** {@return the canned answer of a respond fault} */
  Response response() {
    return new Response(
        status,
        headers == null ? Map.of() : headers,
        contentType == null ? Response.JSON : contentType,
        body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }
}
