package io.github.fbhooks.api;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Health;
import io.github.fbhooks.webhook.LastStatus;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps response JSON, read by {@link JsonValues}, onto the API records, field by field (for why not
 * databind, see {@link JsonValues}).
 *
 * <p>The rules are the lenient ones databind applied before: unknown fields are ignored; a missing
 * or null field is null ({@code false} and {@code 0} for primitives); a number or boolean where
 * text is expected is read as its text, an integer written as text as that integer, and a number
 * with a fraction where an integer is expected as its integer part; an unknown {@code status} is
 * {@link WebhookStatus#UNKNOWN}; timestamps are ISO-8601 text or epoch seconds. Anything else is a
 * {@link WrongShape} naming the JSON path (names and indexes, never values: a response may hold
 * secrets).
 */
final class ResponseReader {

  /** A value that does not fit the record; {@link #path()} locates it, e.g. {@code data[0].url}. */
  static final class WrongShape extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    WrongShape(String path) {
      super(null, null, false, false);
      this.path = path;
    }

    /** {@return where in the document the value is; empty for the document itself} */
    String path() {
      return path;
    }
  }

  private ResponseReader() {}

  /**
   * Reads a webhook.
   *
   * @param json the document
   * @return the webhook
   * @throws WrongShape when a field does not fit
   */
  static Webhook webhook(Object json) throws WrongShape {
    return webhook(Fields.of(json, ""));
  }

  /**
   * Reads a page of {@code GET /v2/webhooks}.
   *
   * @param json the document
   * @return the page
   * @throws WrongShape when a field does not fit
   */
  static WebhookPage page(Object json) throws WrongShape {
    Fields page = Fields.of(json, "");
    List<Webhook> webhooks = new ArrayList<>();
    List<?> data = page.array("data");
    for (int i = 0; data != null && i < data.size(); i++) {
      webhooks.add(webhook(Fields.of(data.get(i), page.at("data") + "[" + i + "]")));
    }
    return new WebhookPage(webhooks, page.text("nextCursor"));
  }

  /**
   * Reads the answer of {@code DELETE /v2/webhooks/{id}}.
   *
   * @param json the document
   * @return the deletion
   * @throws WrongShape when a field does not fit
   */
  static DeletedWebhook deletion(Object json) throws WrongShape {
    Fields deletion = Fields.of(json, "");
    return new DeletedWebhook(deletion.text("id"), deletion.bool("deleted"));
  }

  /**
   * Reads the error envelope {@code {"error": {...}}}.
   *
   * @param json the document
   * @return the error, or empty when the document is no envelope or its error has no code
   */
  static Optional<ApiError> error(Object json) {
    try {
      Fields error = Fields.of(json, "").object("error");
      if (error == null || error.text("code") == null) {
        return Optional.empty();
      }
      Integer status = error.integer("status");
      return Optional.of(
          new ApiError(
              error.text("type"),
              error.text("code"),
              error.text("message"),
              status == null ? 0 : status,
              error.text("param"),
              details(error)));
    } catch (WrongShape e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the top-level {@code message} of an error body outside the envelope, such as {@code
   * {"success":false,"message":"Invalid API Key"}} or {@code {"code":400,"message":"..."}}
   * (reference §4).
   *
   * @param json the document
   * @return the message, or empty when the document is no object or has no textual message
   */
  static Optional<String> topMessage(Object json) {
    try {
      return Optional.ofNullable(Fields.of(json, "").text("message")).filter(m -> !m.isBlank());
    } catch (WrongShape e) {
      return Optional.empty();
    }
  }

  /** The details of an error; what cannot be read is left out rather than the whole error. */
  private static List<ApiError.Detail> details(Fields error) {
    List<ApiError.Detail> details = new ArrayList<>();
    List<?> raw;
    try {
      raw = error.array("details");
    } catch (WrongShape e) {
      return details;
    }
    for (int i = 0; raw != null && i < raw.size(); i++) {
      try {
        Fields detail = Fields.of(raw.get(i), error.at("details") + "[" + i + "]");
        details.add(new ApiError.Detail(detail.text("path"), detail.text("message")));
      } catch (WrongShape e) {
        // left out: one unreadable detail must not cost the user the error's code and message
      }
    }
    return details;
  }

  private static Webhook webhook(Fields webhook) throws WrongShape {
    String id = webhook.text("id");
    if (id == null) {
      throw new WrongShape(webhook.at("id"));
    }
    String secret = webhook.text("secret");
    return new Webhook(
        id,
        webhook.text("name"),
        webhook.text("url"),
        secret == null ? null : Secret.of(secret),
        webhook.text("description"),
        webhook.texts("topics"),
        webhook.status("status"),
        requestConfig(webhook.object("requestConfig")),
        lastStatus(webhook.object("lastStatus")),
        health(webhook.object("health")),
        webhook.text("version"),
        webhook.instant("createdAt"),
        webhook.instant("updatedAt"));
  }

  private static RequestConfig requestConfig(Fields config) throws WrongShape {
    return config == null
        ? null
        : new RequestConfig(config.integer("timeoutMs"), config.textMap("headers"));
  }

  private static LastStatus lastStatus(Fields status) throws WrongShape {
    return status == null
        ? null
        : new LastStatus(
            status.integer("code"), status.text("message"), status.instant("timestamp"));
  }

  private static Health health(Fields health) throws WrongShape {
    return health == null
        ? null
        : new Health(
            health.integral("avgResponseTime"),
            health.integral("lastResponseTime"),
            health.integer("consecutiveFailures"),
            health.integer("errorsSinceLastSuccess"),
            health.instant("lastSuccessAt"));
  }

  /** The fields of one JSON object and where it is in the document. */
  private static final class Fields {
    private final Map<?, ?> values;
    private final String path;

    private Fields(Map<?, ?> values, String path) {
      this.values = values;
      this.path = path;
    }

    static Fields of(Object value, String path) throws WrongShape {
      if (value instanceof Map<?, ?> map) {
        return new Fields(map, path);
      }
      throw new WrongShape(path);
    }

    String at(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    Fields object(String name) throws WrongShape {
      Object value = values.get(name);
      return value == null ? null : of(value, at(name));
    }

    /** The array of a field; JSON nulls in it stay null. */
    List<?> array(String name) throws WrongShape {
      Object value = values.get(name);
      if (value == null || value instanceof List<?>) {
        return (List<?>) value;
      }
      throw new WrongShape(at(name));
    }

    String text(String name) throws WrongShape {
      return text(values.get(name), at(name));
    }

    List<String> texts(String name) throws WrongShape {
      List<?> array = array(name);
      if (array == null) {
        return null;
      }
      List<String> texts = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        String text = text(array.get(i), at(name) + "[" + i + "]");
        if (text == null) {
          throw new WrongShape(at(name) + "[" + i + "]");
        }
        texts.add(text);
      }
      return texts;
    }

    Map<String, String> textMap(String name) throws WrongShape {
      Fields map = object(name);
      if (map == null) {
        return null;
      }
      Map<String, String> texts = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.values.entrySet()) {
        String key = (String) entry.getKey();
        texts.put(key, text(entry.getValue(), map.at(key)));
      }
      return texts;
    }

    boolean bool(String name) throws WrongShape {
      Object value = values.get(name);
      if (value == null) {
        return false;
      }
      if (value instanceof Boolean bool) {
        return bool;
      }
      if (value.equals("true") || value.equals("false")) {
        return value.equals("true");
      }
      if (value instanceof Integer || value instanceof Long) {
        return ((Number) value).longValue() != 0;
      }
      throw new WrongShape(at(name));
    }

    Integer integer(String name) throws WrongShape {
      Long value = integral(name);
      if (value == null) {
        return null;
      }
      if (value != value.intValue()) {
        throw new WrongShape(at(name));
      }
      return value.intValue();
    }

    Long integral(String name) throws WrongShape {
      Object value = values.get(name);
      try {
        if (value == null || value instanceof String text && text.isBlank()) {
          return null;
        }
        if (value instanceof Integer || value instanceof Long) {
          return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
          return big.longValueExact();
        }
        if (value instanceof BigDecimal decimal) {
          // as databind did: an average response time may well come as 123.4
          return decimal.setScale(0, RoundingMode.DOWN).longValueExact();
        }
        if (value instanceof String text) {
          return Long.valueOf(text.trim());
        }
      } catch (ArithmeticException | NumberFormatException e) {
        throw new WrongShape(at(name));
      }
      throw new WrongShape(at(name));
    }

    Instant instant(String name) throws WrongShape {
      Object value = values.get(name);
      try {
        if (value == null || value instanceof String text && text.isBlank()) {
          return null;
        }
        if (value instanceof String text) {
          return Instant.parse(text.trim());
        }
        if (value instanceof Number number) {
          BigDecimal seconds = new BigDecimal(number.toString());
          long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
          int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
          return Instant.ofEpochSecond(whole, nanos);
        }
      } catch (DateTimeParseException | ArithmeticException e) {
        throw new WrongShape(at(name));
      }
      throw new WrongShape(at(name));
    }

    WebhookStatus status(String name) throws WrongShape {
      String wireName = text(name);
      return wireName == null
          ? null
          : WebhookStatus.fromWireName(wireName).orElse(WebhookStatus.UNKNOWN);
    }

    private static String text(Object value, String path) throws WrongShape {
      if (value == null || value instanceof String) {
        return (String) value;
      }
      if (value instanceof BigDecimal decimal) {
        return decimal.toPlainString();
      }
      if (value instanceof Number || value instanceof Boolean) {
        return value.toString();
      }
      throw new WrongShape(path);
    }
  }
}
