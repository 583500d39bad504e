package io.github.fbhooks.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.webhook.Webhook;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;

/**
 * Reads 2xx bodies with the shared JSON mapper, strictly: the body must be JSON of the shape the
 * endpoint returns (a webhook with an {@code id}, a list with a {@code data} array, a deletion with
 * an {@code id}); unknown fields are ignored. Anything else becomes a {@link
 * MalformedResponseException}, routed to the retryer (which does not retry it). Jackson's own
 * messages are never passed on: they quote the body, which holds secrets.
 */
final class FeaturebaseDecoder implements Decoder {

  /** The {@code object} tag and the field each response type must have. */
  private record Shape(String name, String objectTag, String requiredField, boolean array) {}

  private static final Map<Type, Shape> SHAPES =
      Map.of(
          Webhook.class, new Shape("a webhook", Webhook.OBJECT, "id", false),
          WebhookPage.class, new Shape("a list of webhooks", "list", "data", true),
          DeletedWebhook.class, new Shape("a deletion", "webhook", "id", false));

  private final ObjectMapper mapper = JsonMappers.json();
  private final Failures failures;

  FeaturebaseDecoder(Failures failures) {
    this.failures = failures;
  }

  @Override
  public Object decode(Response response, Type type) {
    RequestInfo request = RequestInfo.of(response.request());
    byte[] body = Responses.body(response);
    String contentType = Responses.header(response, "Content-Type").orElse(null);
    if (contentType != null && !isJson(contentType)) {
      throw malformed(response, request, contentType, body, "not JSON", true);
    }
    if (body.length == 0) {
      throw malformed(response, request, contentType, body, "an empty body", false);
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(
          response,
          request,
          contentType,
          body,
          "malformed or truncated JSON" + at(e.getLocation()),
          contentType == null);
    } catch (IOException e) {
      throw malformed(response, request, contentType, body, "unreadable JSON", false);
    }
    Shape shape = SHAPES.get(type);
    if (shape != null) {
      String wrong = wrongShape(tree, shape);
      if (wrong != null) {
        throw malformed(response, request, contentType, body, wrong, false);
      }
    }
    try {
      return mapper.readerFor(mapper.constructType(type)).readValue(tree);
    } catch (IOException | IllegalArgumentException e) {
      String path = e instanceof JsonMappingException m ? pathOf(m) : "";
      throw malformed(
          response,
          request,
          contentType,
          body,
          "JSON of the wrong shape"
              + (shape == null ? "" : " for " + shape.name())
              + (path.isEmpty() ? "" : " at '" + path + "'"),
          false);
    }
  }

  private static String wrongShape(JsonNode tree, Shape shape) {
    String expected = "JSON of the wrong shape (expected " + shape.name();
    if (tree == null || !tree.isObject()) {
      return expected + ", got " + kindOf(tree) + ")";
    }
    JsonNode tag = tree.get("object");
    if (tag != null && tag.isTextual() && !tag.asText().equals(shape.objectTag())) {
      return expected + ", got object '" + tag.asText() + "')";
    }
    JsonNode field = tree.get(shape.requiredField());
    boolean present =
        field != null
            && (shape.array() ? field.isArray() : field.isTextual() && !field.asText().isEmpty());
    if (!present) {
      return expected + ", without '" + shape.requiredField() + "')";
    }
    return null;
  }

  private static String kindOf(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** The JSON path of a mapping problem, from field names and indexes only (never values). */
  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private RuntimeException malformed(
      Response response,
      RequestInfo request,
      String contentType,
      byte[] body,
      String problem,
      boolean likelyNotFeaturebase) {
    return Failures.route(
        failures.malformed(
            request, response.status(), contentType, body.length, problem, likelyNotFeaturebase),
        response.request());
  }
}
