package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of {@code POST /__emulator/faults}:
 *
 * <pre>{@code
 * {"method":"POST", "path":"/v2/webhooks/x/secret", "times":1, "action":"respond",
 *  "status":503, "headers":{"Retry-After":"1"}, "body":"<html>", "contentType":"text/html"}
 * {"path":"/v2/**", "action":"delay", "delayMs":1500}
 * {"method":"PATCH", "path":"/v2/webhooks/x", "action":"drop"}
 * {"method":"GET", "path":"/v2/webhooks", "action":"reset"}
 * {"path":"/v2/**", "action":"respond", "status":401, "errorShape":"success_false",
 *  "message":"Invalid API Key"}
 * }</pre>
 *
 * <p>{@code errorShape} ({@link ErrorShape}: {@code envelope}, {@code success_false}, {@code
 * code_message}) writes the JSON body of an error from {@code message} (and {@code code} for the
 * envelope), instead of a {@code body} given verbatim.
 */
final class FaultParser {

  private static final Set<String> COMMON = Set.of("method", "path", "times", "action");
  private static final Set<String> RESPOND =
      Set.of("status", "headers", "body", "contentType", "errorShape", "message", "code");
  private static final Set<String> DELAY = Set.of("delayMs");
  private static final Pattern METHOD = Pattern.compile("[A-Za-z]{1,20}");
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Set<String> FORBIDDEN_HEADERS =
      Set.of("content-length", "transfer-encoding");
  private static final long MAX_DELAY_MS = 600_000;

  private FaultParser() {}

  /**
   * Parses a fault.
   *
   * @param body the admin request body
   * @return the fault, without id yet
   * @throws ApiException 400 with every problem found
   */
  static Fault parse(String body) {
    ObjectNode obj = RequestBodies.object(body);
    Problems problems = new Problems();
    FaultAction action = action(obj, problems);
    for (String field : WebhookValidator.fieldNames(obj)) {
      boolean allowed =
          COMMON.contains(field)
              || (action == FaultAction.RESPOND && RESPOND.contains(field))
              || (action == FaultAction.DELAY && DELAY.contains(field));
      if (!allowed) {
        problems.notSupported(
            field,
            RESPOND.contains(field) || DELAY.contains(field)
                ? field + " does not apply to action " + (action == null ? "?" : action.wireName())
                : WebhookValidator.unknownField(field));
      }
    }
    String method = null;
    JsonNode m = obj.get("method");
    if (m != null && !m.isNull()) {
      if (m.isTextual() && METHOD.matcher(m.textValue()).matches()) {
        method = m.textValue().toUpperCase(Locale.ROOT);
      } else {
        problems.invalid("method", "method must be an HTTP method name, e.g. POST");
      }
    }
    String path = null;
    JsonNode p = obj.get("path");
    if (p == null || p.isNull()) {
      problems.missing("path", "path is required, e.g. /v2/webhooks/*/secret");
    } else if (!p.isTextual() || !p.textValue().startsWith("/")) {
      problems.invalid("path", "path must be a string starting with /");
    } else {
      path = p.textValue();
    }
    int times = (int) integer(obj, "times", 1, 1, 1_000_000, problems);
    Integer status = null;
    Map<String, String> headers = null;
    String responseBody = null;
    String contentType = null;
    Long delayMs = null;
    if (action == FaultAction.RESPOND) {
      if (!obj.has("status")) {
        problems.missing("status", "status is required for action respond");
      } else {
        status = (int) integer(obj, "status", 0, 200, 599, problems);
      }
      headers = headers(obj.get("headers"), problems);
      responseBody = problems.text(obj, "body");
      contentType = problems.text(obj, "contentType");
      if (obj.has("errorShape")) {
        responseBody = shapedBody(obj, status, problems);
      } else {
        for (String field : List.of("message", "code")) {
          if (obj.has(field)) {
            problems.notSupported(field, field + " applies only with errorShape");
          }
        }
      }
    } else if (action == FaultAction.DELAY) {
      if (!obj.has("delayMs")) {
        problems.missing("delayMs", "delayMs is required for action delay");
      } else {
        delayMs = integer(obj, "delayMs", 0, 1, MAX_DELAY_MS, problems);
      }
    }
    problems.throwIfAny();
    return new Fault(
        null,
        method,
        path,
        action,
        times,
        times,
        status,
        headers,
        responseBody,
        contentType,
        delayMs);
  }

  /** The body an {@code errorShape} writes; body and contentType cannot be given beside it. */
  private static String shapedBody(ObjectNode obj, Integer status, Problems problems) {
    for (String field : List.of("body", "contentType")) {
      if (obj.has(field)) {
        problems.notSupported(
            field, field + " cannot be given with errorShape, which makes the body");
      }
    }
    String name = problems.text(obj, "errorShape");
    ErrorShape shape = name == null ? null : ErrorShape.fromWireName(name).orElse(null);
    if (shape == null) {
      problems.invalid("errorShape", "errorShape must be envelope, success_false or code_message");
    }
    if (status != null && status < 400) {
      problems.invalid("status", "an errorShape needs an error status, 400 to 599");
    }
    String message = problems.text(obj, "message");
    if (message == null) {
      problems.missing("message", "message is required with errorShape");
    }
    String code = problems.text(obj, "code");
    if (shape == ErrorShape.ENVELOPE && code == null) {
      problems.missing("code", "code is required with errorShape envelope, e.g. invalid_request");
    } else if (shape != null && shape != ErrorShape.ENVELOPE && obj.has("code")) {
      problems.notSupported("code", "code applies only to errorShape envelope");
    }
    if (shape == null || status == null || message == null || !problems.isEmpty()) {
      return null;
    }
    return shape.body(status, code, message);
  }

  private static FaultAction action(ObjectNode obj, Problems problems) {
    JsonNode a = obj.get("action");
    if (a == null || a.isNull()) {
      problems.missing("action", "action is required: respond, delay, drop, disconnect or reset");
      return null;
    }
    FaultAction action =
        a.isTextual() ? FaultAction.fromWireName(a.textValue()).orElse(null) : null;
    if (action == null) {
      problems.invalid("action", "action must be respond, delay, drop, disconnect or reset");
    }
    return action;
  }

  private static long integer(
      ObjectNode obj, String field, long absent, long min, long max, Problems problems) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return absent;
    }
    if (!n.isIntegralNumber()
        || !n.canConvertToLong()
        || n.longValue() < min
        || n.longValue() > max) {
      problems.invalid(field, field + " must be an integer from " + min + " to " + max);
      return absent;
    }
    return n.longValue();
  }

  private static Map<String, String> headers(JsonNode node, Problems problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      problems.invalid("headers", "headers must be an object of header names to string values");
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : WebhookValidator.fieldNames((ObjectNode) node)) {
      JsonNode value = node.get(name);
      String path = "headers." + name;
      if (!HEADER_NAME.matcher(name).matches()
          || FORBIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        problems.invalid(path, "not a header the emulator can set");
      } else if (!value.isTextual() || value.textValue().chars().anyMatch(c -> c < 0x20)) {
        problems.invalid(path, "a header value must be a string without control characters");
      } else {
        headers.put(name, value.textValue());
      }
    }
    return headers;
  }
}
