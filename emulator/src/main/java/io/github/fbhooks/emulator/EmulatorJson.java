package io.github.fbhooks.emulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fbhooks.api.DeletedWebhook;
import io.github.fbhooks.api.WebhookPage;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Webhook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The emulator's JSON: strict reading of request bodies, and writing of responses.
 *
 * <p>Responses must carry real webhook secrets, as Featurebase's do, while {@link Secret} writes
 * itself redacted everywhere else. The response writer alone therefore overrides the secret
 * serializer with a mix-in; nothing else in the emulator writes a {@code Secret}, and no response
 * body is ever printed or stored.
 */
final class EmulatorJson {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final ObjectMapper RESPONSE_MAPPER =
      JsonMappers.json()
          .copy()
          .addMixIn(Secret.class, RevealSecretMixIn.class)
          .addMixIn(Webhook.class, WebhookOrder.class)
          .addMixIn(WebhookPage.class, PageOrder.class)
          .addMixIn(DeletedWebhook.class, DeletedOrder.class)
          .registerModule(
              new SimpleModule("fbhooks-emulator-instants")
                  .addSerializer(Instant.class, new InstantMillisSerializer()));

  /** Refuses duplicate keys and trailing garbage instead of silently picking a value. */
  private static final ObjectReader STRICT_READER =
      JsonMappers.json()
          .reader()
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EmulatorJson() {}

  /** {@return the JSON bytes of a response value, secrets included} */
  static byte[] write(Object value) {
    try {
      return RESPONSE_MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the JSON tree of a value, for building admin responses} */
  static JsonNode tree(Object value) {
    return RESPONSE_MAPPER.valueToTree(value);
  }

  /**
   * Parses JSON text strictly.
   *
   * @param text the text
   * @return the tree
   * @throws JsonProcessingException when it is not exactly one JSON value
   */
  static JsonNode read(String text) throws JsonProcessingException {
    JsonNode node = STRICT_READER.readTree(text);
    if (node == null || node.isMissingNode()) {
      throw new EmptyBodyException();
    }
    return node;
  }

  /** {@return a strict reader for a typed value: unknown properties and enum values fail} */
  static ObjectReader strictReaderFor(Class<?> type) {
    return STRICT_READER
        .forType(type)
        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .without(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
  }

  /** Thrown for a body with no JSON value at all. */
  static final class EmptyBodyException extends JsonProcessingException {
    EmptyBodyException() {
      super("no JSON value");
    }
  }

  @JsonSerialize(using = RevealingSecretSerializer.class)
  private abstract static class RevealSecretMixIn {}

  // the order of the API documentation; JSON readers do not care, people reading logs do
  @JsonPropertyOrder({
    "object",
    "id",
    "name",
    "url",
    "secret",
    "description",
    "topics",
    "status",
    "requestConfig",
    "lastStatus",
    "health",
    "version",
    "createdAt",
    "updatedAt"
  })
  private abstract static class WebhookOrder {}

  // WebhookPage.isLastPage() is a convenience, not an API field
  @JsonPropertyOrder({"object", "data", "nextCursor"})
  @JsonIgnoreProperties({"lastPage"})
  private abstract static class PageOrder {}

  @JsonPropertyOrder({"id", "object", "deleted"})
  private abstract static class DeletedOrder {}

  static final class RevealingSecretSerializer extends StdSerializer<Secret> {
    RevealingSecretSerializer() {
      super(Secret.class);
    }

    @Override
    public void serialize(Secret secret, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(secret.reveal());
    }
  }

  /** Writes instants like JavaScript's toISOString: always milliseconds, always Z. */
  static final class InstantMillisSerializer extends StdSerializer<Instant> {
    InstantMillisSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(ISO_MILLIS.format(value));
    }
  }
}
