package io.github.fbhooks.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * How fmt writes scalars: a string plain when YAML reads it back as that same string, double-quoted
 * otherwise (with JSON-like escapes); numbers and booleans as themselves.
 */
final class Scalars {

  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9 _./:@+=?&%~,()-]*");

  private static final Resolver RESOLVER = new Resolver();

  private Scalars() {}

  /** {@return a mapping key as written} */
  static String key(String key) {
    return string(key);
  }

  /** {@return a scalar value as written} */
  static String value(JsonNode value) {
    if (value.isTextual()) {
      return string(value.asText());
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      double d = value.asDouble();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : value.toString();
    }
    if (value.isObject()) {
      return "{}";
    }
    if (value.isArray()) {
      return "[]";
    }
    return value.toString(); // true, false, null
  }

  /** {@return a string, plain when that reads back the same, else double-quoted} */
  static String string(String text) {
    if (isPlain(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (!printable(cp)) {
            out.append(String.format("\\u%04X", cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
      }
      i += Character.charCount(cp);
    }
    return out.append('"').toString();
  }

  /** YAML's printable characters, less line breaks other than {@code \n} and the BOM. */
  private static boolean printable(int cp) {
    return (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
        || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
        || cp >= 0x10000;
  }

  private static boolean isPlain(String text) {
    return PLAIN.matcher(text).matches()
        && !text.endsWith(" ")
        && !text.endsWith(":")
        && !text.contains(": ")
        && !text.contains(" #")
        && Tag.STR.equals(RESOLVER.resolve(NodeId.scalar, text, true));
  }
}
