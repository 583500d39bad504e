package io.github.fbhooks.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/** Turns request bodies into JSON objects, refusing anything else with 400 invalid_request. */
final class RequestBodies {

  private RequestBodies() {}

  /**
   * Parses a body that must be one JSON object.
   *
   * @param body the body text
   * @return the object
   * @throws ApiException 400 invalid_request when empty, malformed, or not an object
   */
  static ObjectNode object(String body) {
    if (body.isBlank()) {
      throw ApiException.invalidRequest("A JSON object body is required");
    }
    JsonNode node;
    try {
      node = EmulatorJson.read(body);
    } catch (JsonProcessingException e) {
      throw ApiException.invalidRequest("The request body is not valid JSON");
    }
    if (!node.isObject()) {
      throw ApiException.invalidRequest("The request body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /**
   * Checks that a body-less endpoint got no parameters: an empty body or {@code {}} is accepted.
   *
   * @param body the body text
   * @throws ApiException 400 parameter_not_supported for fields, invalid_request for garbage
   */
  static void requireNoParameters(String body) {
    if (body.isBlank()) {
      return;
    }
    ObjectNode obj = object(body);
    Iterator<String> fields = obj.fieldNames();
    if (fields.hasNext()) {
      String field = fields.next();
      throw ApiException.badRequest(
          Problem.NOT_SUPPORTED,
          "This endpoint takes no body: " + field + " is not supported",
          field);
    }
  }
}
