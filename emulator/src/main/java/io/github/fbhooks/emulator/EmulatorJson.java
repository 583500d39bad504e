package io.github.fbhooks.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The emulator's JSON: the wire mapper that the API client uses too ({@link JsonMappers#wire()}),
 * with a writer for answers and a strict reader for request bodies and seeds.
 *
 * <p>Answers must carry real webhook secrets, as Featurebase's do, while {@link Secret} writes
 * itself redacted everywhere else. The answer writer alone therefore has {@link
 * JsonMappers.REVEAL_SECRETS}; no answer body is ever printed or stored.
 */
final class EmulatorJson {

  private static final ObjectWriter ANSWER_WRITER =
      JsonMappers.wire().writer().withAttribute(JsonMappers.REVEAL_SECRETS, Boolean.TRUE);

  /** Refuses duplicate keys and trailing garbage instead of silently picking a value. */
  private static final ObjectReader STRICT_READER =
      JsonMappers.wire()
          .reader()
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EmulatorJson() {}

  /** {@return the JSON bytes of an answer value, secrets included} */
  static byte[] write(Object value) {
    try {
      return ANSWER_WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the JSON tree of a value as answers write it, for building admin responses} */
  static JsonNode tree(Object value) {
    try {
      return JsonMappers.wire().readTree(write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    private static final long serialVersionUID = 1L;

    EmptyBodyException() {
      super("no JSON value");
    }
  }
}
