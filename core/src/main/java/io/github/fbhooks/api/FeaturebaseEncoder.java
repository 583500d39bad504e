package io.github.fbhooks.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookUpdate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes the two request bodies, {@link WebhookCreate} and {@link WebhookUpdate}, with
 * jackson-core's generator (for why not databind, see {@link JsonValues}).
 *
 * <p>A create leaves out its null fields; an update sends exactly the fields set on its builder, a
 * null as JSON {@code null} (which clears the field). A request config sends {@code timeoutMs} when
 * set and always its complete {@code headers} map.
 */
final class FeaturebaseEncoder implements Encoder {

  // without it, characters beyond U+FFFF (emoji in a name) go out as two 3-byte surrogates, which
  // is not UTF-8
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  @Override
  public void encode(Object body, Type bodyType, RequestTemplate template) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (body instanceof WebhookCreate create) {
        write(create, json);
      } else if (body instanceof WebhookUpdate update) {
        writeObject(update.fields(), json);
      } else {
        throw new EncodeException("fbhooks sends no request body of type " + bodyType);
      }
    } catch (IOException e) {
      throw new EncodeException("cannot write the request body as JSON", e);
    }
    template.body(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static void write(WebhookCreate create, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", create.name());
    json.writeStringField("url", create.url());
    json.writeFieldName("topics");
    writeValue(create.topics(), json);
    if (create.description() != null) {
      json.writeStringField("description", create.description());
    }
    if (create.requestConfig() != null) {
      json.writeFieldName("requestConfig");
      writeValue(create.requestConfig(), json);
    }
    json.writeEndObject();
  }

  private static void writeObject(Map<String, ?> fields, JsonGenerator json) throws IOException {
    json.writeStartObject();
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      json.writeFieldName(field.getKey());
      writeValue(field.getValue(), json);
    }
    json.writeEndObject();
  }

  private static void writeValue(Object value, JsonGenerator json) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object element : list) {
        writeValue(element, json);
      }
      json.writeEndArray();
    } else if (value instanceof RequestConfig config) {
      json.writeStartObject();
      if (config.timeoutMs() != null) {
        json.writeNumberField("timeoutMs", config.timeoutMs());
      }
      json.writeFieldName("headers");
      writeObject(config.headers(), json);
      json.writeEndObject();
    } else {
      throw new EncodeException(
          "fbhooks sends no request field of type " + value.getClass().getName());
    }
  }
}
