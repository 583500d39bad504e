package io.github.fbhooks.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/**
 * An HTTP answer in a test.
 *
 * @param status the status
 * @param headers the headers
 * @param body the body text
 */
record Reply(int status, HttpHeaders headers, String body) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  JsonNode json() {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  /** {@return the error object of the envelope} */
  JsonNode error() {
    return json().get("error");
  }

  String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
