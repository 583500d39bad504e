package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.ApiError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An answer to send. Handlers return responses instead of writing to the exchange, so the server
 * can still decide to drop one (the drop fault).
 *
 * @param status the HTTP status
 * @param headers extra headers
 * @param contentType the Content-Type
 * @param body the body bytes, empty for none
 */
record Response(int status, Map<String, String> headers, String contentType, byte[] body) {

  static final String JSON = "application/json";

  Response {
    Objects.requireNonNull(contentType, "contentType");
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** {@return a JSON response of the value; the body is sensitive (it may hold secrets)} */
  static Response json(int status, Object value) {
    return new Response(status, Map.of(), JSON, EmulatorJson.write(value));
  }

  /** {@return the error envelope of an exception, with its headers} */
  static Response error(ApiException e) {
    return new Response(
        e.error().status(),
        e.headers(),
        JSON,
        EmulatorJson.write(new ApiError.Envelope(e.error())));
  }

  /** {@return this response with more headers; existing names are kept} */
  Response withHeaders(Map<String, String> more) {
    Map<String, String> merged = new LinkedHashMap<>(more);
    merged.putAll(headers);
    return new Response(status, merged, contentType, body);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Never prints the body: it may hold webhook secrets. */
  @Override
  public String toString() {
    return "Response[status=" + status + ", " + body.length + " bytes]";
  }
}
