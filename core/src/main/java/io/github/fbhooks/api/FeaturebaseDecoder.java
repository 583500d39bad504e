package io.github.fbhooks.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import feign.Response;
import feign.codec.Decoder;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookId;
import io.github.fbhooks.webhook.WebhookPage;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;

/**
 * Reads 2xx bodies strictly, with the wire mapper ({@link JsonMappers#wire()}): the body must be
 * JSON of the shape the endpoint returns (a webhook with an {@code id}, a list with a {@code data}
 * array, a deletion with an {@code id}); unknown fields are ignored. Anything else becomes a {@link
 * MalformedResponseException}, routed to the retryer (which does not retry it). Jackson's own
 * messages are never passed on: they quote the body, which holds secrets; a problem is located by
 * its JSON path (names and indexes) only.
 */
final class FeaturebaseDecoder implements Decoder {

  /** The {@code object} tag and the field each response type must have. */
  private record Shape(String name, String objectTag, String requiredField, boolean array) {}

  private static final Map<Type, Shape> SHAPES =
      Map.of(
          Webhook.class,
          new Shape("a webhook", Webhook.OBJECT, "id", false),
          WebhookPage.class,
          new Shape("a list of webhooks", "list", "data", true),
          DeletedWebhook.class,
          new Shape("a deletion", "webhook", "id", false));

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
    JsonNode json;
    try {
      json = JsonMappers.wire().readTree(body);
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
    if (shape == null) {
      throw new IllegalArgumentException("the Featurebase API returns no " + type);
    }
    String wrong = wrongShape(json, shape);
    if (wrong != null) {
      throw malformed(response, request, contentType, body, wrong, false);
    }
    Object value;
    try {
      value = JsonMappers.wire().readerFor((Class<?>) type).readValue(json);
    } catch (IOException e) {
      String path =
          e instanceof JsonMappingException mapping ? SafeText.escape(pathOf(mapping)) : "";
      throw malformed(
          response,
          request,
          contentType,
          body,
          "JSON of the wrong shape for "
              + shape.name()
              + (path.isEmpty() ? "" : " at '" + path + "'"),
          false);
    }
    String badId = badId(value);
    if (badId != null) {
      throw malformed(
          response,
          request,
          contentType,
          body,
          "an id that is not a Featurebase webhook id (24 lowercase hex characters) at '"
              + badId
              + "'",
          false);
    }
    return value;
  }

  /**
   * Where an answer holds an id that is not a webhook id, or null. Ids go into paths, files and CI
   * outputs, so one with other characters (a line break that would add a line to a dotenv file) is
   * refused with the whole answer.
   */
  private static String badId(Object value) {
    if (value instanceof Webhook webhook) {
      return WebhookId.isValid(webhook.id()) ? null : "id";
    }
    if (value instanceof WebhookPage page) {
      for (int i = 0; i < page.data().size(); i++) {
        if (!WebhookId.isValid(page.data().get(i).id())) {
          return "data[" + i + "].id";
        }
      }
      return null;
    }
    if (value instanceof DeletedWebhook deleted) {
      return WebhookId.isValid(deleted.id()) ? null : "id";
    }
    return null;
  }

  private static String wrongShape(JsonNode json, Shape shape) {
    String expected = "JSON of the wrong shape (expected " + shape.name();
    if (!json.isObject()) {
      return expected + ", got " + kindOf(json) + ")";
    }
    JsonNode tag = json.get("object");
    if (tag != null && tag.isTextual() && !tag.textValue().equals(shape.objectTag())) {
      // the tag is the API's own word, but a hostile server chooses it: printed escaped
      return expected + ", got object '" + SafeText.escape(tag.textValue()) + "')";
    }
    JsonNode field = json.get(shape.requiredField());
    boolean present =
        shape.array()
            ? field != null && field.isArray()
            : field != null && field.isTextual() && !field.textValue().isEmpty();
    if (!present) {
      return expected + ", without '" + shape.requiredField() + "')";
    }
    return null;
  }

  /** Where a mapping problem is, e.g. {@code data[0].requestConfig.timeoutMs}: names, no values. */
  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Names the kind of a value for messages, never the value itself. */
  private static String kindOf(JsonNode json) {
    if (json.isMissingNode()) {
      return "nothing";
    }
    if (json.isNull()) {
      return "a JSON null";
    }
    if (json.isArray()) {
      return "a JSON array";
    }
    if (json.isTextual()) {
      return "a JSON string";
    }
    return json.isBoolean() ? "a JSON boolean" : "a JSON number";
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

  private RuntimeException malformed(
      Response response,
      RequestInfo request,
      String contentType,
      byte[] body,
      String problem,
      boolean likelyNotFeaturebase) {
    return Failures.route(
        failures
            .answers()
            .malformed(
                request,
                response.status(),
                contentType,
                body.length,
                problem,
                likelyNotFeaturebase),
        response.request());
  }
}
