package io.github.fbhooks.emulator;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The shapes of error body a {@code respond} fault can write from a status, a message and (for the
 * envelope) a code, so that tests need not spell the JSON out. Besides the documented envelope,
 * live answers outside it have been reported (reference §4), and a client must still show their
 * message.
 */
enum ErrorShape {
  /** {@code {"error":{"type":..,"code":..,"message":..,"status":..}}}, the documented envelope. */
  ENVELOPE,
  /** {@code {"success":false,"message":"Invalid API Key"}}, as reported on a 401. */
  SUCCESS_FALSE,
  /** {@code {"code":400,"message":"Validation error: ..."}}, as reported on a 400. */
  CODE_MESSAGE;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** {@return the name in the admin API, e.g. {@code success_false}} */
  @JsonValue
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ErrorShape> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
  }

  /**
   * Writes a body of this shape.
   *
   * @param status the HTTP status, 400 or more
   * @param code the error code (envelope only; null otherwise)
   * @param message the message
   * @return the JSON text
   */
  String body(int status, String code, String message) {
    ObjectNode body = NODES.objectNode();
    switch (this) {
      case ENVELOPE -> {
        ObjectNode error = body.putObject("error");
        error.put("type", ApiException.typeFor(status));
        error.put("code", code);
        error.put("message", message);
        error.put("status", status);
      }
      case SUCCESS_FALSE -> {
        body.put("success", false);
        body.put("message", message);
      }
      case CODE_MESSAGE -> {
        body.put("code", status);
        body.put("message", message);
      }
    }
    return new String(EmulatorJson.write(body), StandardCharsets.UTF_8);
  }
}
