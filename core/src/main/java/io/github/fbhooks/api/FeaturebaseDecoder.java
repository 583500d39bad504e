package io.github.fbhooks.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import feign.Response;
import feign.codec.Decoder;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookId;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads 2xx bodies strictly ({@link JsonValues}, {@link ResponseReader}): the body must be JSON of
 * the shape the endpoint returns (a webhook with an {@code id}, a list with a {@code data} array, a
 * deletion with an {@code id}); unknown fields are ignored. Anything else becomes a {@link
 * MalformedResponseException}, routed to the retryer (which does not retry it). Jackson's own
 * messages are never passed on: they quote the body, which holds secrets.
 */
final class FeaturebaseDecoder implements Decoder {

  /** Reads one response type from parsed JSON. */
  @FunctionalInterface
  private interface Reader {
    Object read(Object json) throws ResponseReader.WrongShape;
  }

  /** The {@code object} tag and the field each response type must have, and its reader. */
  private record Shape(
      String name, String objectTag, String requiredField, boolean array, Reader reader) {}

  private static final Map<Type, Shape> SHAPES =
      Map.of(
          Webhook.class,
          new Shape("a webhook", Webhook.OBJECT, "id", false, ResponseReader::webhook),
          WebhookPage.class,
          new Shape("a list of webhooks", "list", "data", true, ResponseReader::page),
          DeletedWebhook.class,
          new Shape("a deletion", "webhook", "id", false, ResponseReader::deletion));

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
    Object json;
    try {
      json = JsonValues.parse(body);
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
      value = shape.reader().read(json);
    } catch (ResponseReader.WrongShape e) {
      throw malformed(
          response,
          request,
          contentType,
          body,
          "JSON of the wrong shape for "
              + shape.name()
              + (e.path().isEmpty() ? "" : " at '" + e.path() + "'"),
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

  private static String wrongShape(Object json, Shape shape) {
    String expected = "JSON of the wrong shape (expected " + shape.name();
    if (!(json instanceof Map<?, ?> fields)) {
      return expected + ", got " + JsonValues.kindOf(json) + ")";
    }
    Object tag = fields.get("object");
    if (tag instanceof String text && !text.equals(shape.objectTag())) {
      return expected + ", got object '" + text + "')";
    }
    Object field = fields.get(shape.requiredField());
    boolean present =
        shape.array() ? field instanceof List : field instanceof String text && !text.isEmpty();
    if (!present) {
      return expected + ", without '" + shape.requiredField() + "')";
    }
    return null;
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
