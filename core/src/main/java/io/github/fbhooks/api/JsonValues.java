package io.github.fbhooks.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain values with jackson-core's streaming parser: objects become
 * {@code Map<String, Object>} (in document order; a repeated key keeps its last value), arrays
 * {@code List<Object>}, and scalars {@link String}, {@link Boolean}, {@code null}, {@link Integer},
 * {@link Long}, {@link java.math.BigInteger} or {@link java.math.BigDecimal}.
 *
 * <p>Why not databind's tree: the API client is on the path of every goal, and an {@code
 * ObjectMapper} costs ~600 classes and ~200 ms the first time it is used; this costs the ~100
 * classes of jackson-core (BENCHMARKS.md, step overhead). jackson-core's default read constraints
 * (nesting, string and number lengths) still apply.
 */
final class JsonValues {

  /** What a document without any value (only whitespace) reads as. */
  static final Object NOTHING =
      new Object() {
        @Override
        public String toString() {
          return "nothing";
        }
      };

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonValues() {}

  /**
   * Reads the first JSON value of a document; anything after it is ignored, as databind's {@code
   * readTree} did.
   *
   * @param body the document
   * @return the value, or {@link #NOTHING} when there is none
   * @throws IOException when the JSON is malformed or truncated ({@link
   *     com.fasterxml.jackson.core.JsonProcessingException} with a location)
   */
  static Object parse(byte[] body) throws IOException {
    try (JsonParser parser = FACTORY.createParser(body)) {
      JsonToken first = parser.nextToken();
      return first == null ? NOTHING : read(parser, first);
    }
  }

  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new JsonParseException(parser, "unexpected end of input");
    }
    switch (token) {
      case START_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.put(name, read(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          array.add(read(parser, next));
        }
        return array;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        // END_* tokens cannot start a value; the parser reports truncation itself
        throw new JsonParseException(parser, "unexpected " + token);
    }
  }

  /**
   * Names the kind of a value for messages, never the value itself.
   *
   * @param value a value from {@link #parse}
   * @return e.g. {@code a JSON array}
   */
  static String kindOf(Object value) {
    if (value == NOTHING) {
      return "nothing";
    }
    if (value == null) {
      return "a JSON null";
    }
    if (value instanceof Map) {
      return "a JSON object";
    }
    if (value instanceof List) {
      return "a JSON array";
    }
    if (value instanceof String) {
      return "a JSON string";
    }
    return value instanceof Boolean ? "a JSON boolean" : "a JSON number";
  }
}
