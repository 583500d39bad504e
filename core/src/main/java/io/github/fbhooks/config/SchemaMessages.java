package io.github.fbhooks.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.fbhooks.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns schema errors into the user's terms: YAML words (mapping, list), the field's rule in plain
 * words, a "did you mean" for typos. Never prints a header value.
 */
final class SchemaMessages {

  private static final Map<String, String> MISPLACED =
      Map.of(
          "serverId",
          "serverId belongs to a workspace: use the workspaces form (version, workspaces)",
          "baseUrl",
          "baseUrl belongs to a workspace: use the workspaces form (version, workspaces)",
          "apiVersion",
          "apiVersion belongs to a workspace: use the workspaces form (version, workspaces)",
          "timeoutMs",
          "timeoutMs belongs under requestConfig",
          "headers",
          "headers belong under requestConfig",
          "secret",
          "a webhook's signing secret is issued by Featurebase, never configured; see"
              + " featurebase:rotate-secret");

  private SchemaMessages() {}

  /**
   * Describes one schema error.
   *
   * @param error the error
   * @param path the instance's path
   * @param document the document, for locations and values
   * @return the problems (usually one)
   */
  static List<ConfigProblem> describe(Error error, YamlPath path, ParsedDocument document) {
    JsonNode value = document.node(path);
    JsonNode rule = ConfigSchema.at(error.getSchemaLocation().getFragment());
    String field = fieldName(path);
    SourceLocation at = document.valueAt(path);
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    return switch (keyword) {
      case "additionalProperties" -> {
        String name = error.getProperty();
        YamlPath child = path.key(name);
        yield one(document.keyAt(child), child, unknownField(name, error, path));
      }
      case "required" -> one(at, path, "missing required field \"" + error.getProperty() + "\"");
      case "type" ->
          one(at, path, "must be " + describeType(rule.asText()) + ", not " + typeOf(value));
      case "const" ->
          one(
              at,
              path,
              "unsupported format version "
                  + value
                  + "; this fbhooks reads \"version: 1\" (a newer fbhooks may read this file)");
      case "enum" -> one(at, path, enumMessage(field, value, rule, path));
      case "minLength" -> one(at, path, "must not be empty");
      case "maxLength" ->
          one(
              at,
              path,
              "is " + length(value) + " characters long; at most " + rule.asInt() + " are allowed");
      case "pattern" -> one(at, path, patternMessage(field, value));
      case "minItems" -> one(at, path, minItemsMessage(field));
      case "maxProperties" ->
          one(
              at,
              path,
              "has " + value.size() + " headers; at most " + rule.asInt() + " are allowed");
      case "minimum", "maximum" -> one(at, path, rangeMessage(field, value, error));
      case "uniqueItems" -> duplicates(path, value, document);
      default -> one(at, path, error.getMessage());
    };
  }

  /** {@return the suggestion an unknown-field error makes, if any} */
  static Optional<String> suggestion(Error error) {
    return Suggestions.closest(error.getProperty(), allowedFields(error));
  }

  private static String unknownField(String name, Error error, YamlPath path) {
    List<String> allowed = allowedFields(error);
    Optional<String> close = Suggestions.closest(name, allowed);
    if (close.isPresent()) {
      return "unknown field \"" + name + "\" (did you mean \"" + close.get() + "\"?)";
    }
    String misplaced = MISPLACED.get(name);
    if (misplaced != null && !(path.elements().isEmpty() && name.equals("headers"))) {
      return "unknown field \"" + name + "\": " + misplaced;
    }
    return "unknown field \"" + name + "\"; allowed here: " + String.join(", ", allowed);
  }

  private static List<String> allowedFields(Error error) {
    NodePath fragment = error.getSchemaLocation().getFragment();
    JsonNode objectSchema = ConfigSchema.at(fragment.getParent());
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : objectSchema.path("properties").properties()) {
      names.add(property.getKey());
    }
    return names;
  }

  private static String enumMessage(String field, JsonNode value, JsonNode rule, YamlPath path) {
    List<String> allowed = new ArrayList<>();
    rule.forEach(v -> allowed.add(v.asText()));
    String text = value == null ? "" : value.asText();
    if ("status".equals(field) && "suspended".equals(text)) {
      return "status \"suspended\" cannot be asked for: only Featurebase sets it, after repeated"
          + " delivery failures; use active (which also lifts a suspension) or paused";
    }
    String did = Suggestions.didYouMean(text, allowed);
    if (path.parent().lastKey() != null && path.parent().lastKey().equals("ignoreChanges")) {
      return "\""
          + text
          + "\" cannot be ignored"
          + did
          + "; ignoreChanges takes "
          + String.join(", ", allowed);
    }
    return "\"" + text + "\" is not one of " + String.join(", ", allowed) + did;
  }

  private static String patternMessage(String field, JsonNode value) {
    String text = value == null ? "" : value.asText();
    if ("id".equals(field)) {
      return "\""
          + text
          + "\" is not a webhook id: 24 lowercase hex characters, e.g."
          + " 507f1f77bcf86cd799439011";
    }
    if ("apiVersion".equals(field)) {
      return "\""
          + text
          + "\" is not an API version of the form <date>.<name>, e.g. 2026-01-01.nova";
    }
    return "\"" + text + "\" has the wrong form";
  }

  private static String minItemsMessage(String field) {
    if ("topics".equals(field)) {
      return "lists no topic; a webhook needs at least one";
    }
    if ("workspaces".equals(field)) {
      return "lists no workspace; declare at least one";
    }
    return "must not be empty";
  }

  private static String rangeMessage(String field, JsonNode value, Error error) {
    if ("timeoutMs".equals(field)) {
      return "is "
          + value
          + "; the timeout must be between "
          + io.github.fbhooks.webhook.RequestConfig.MIN_TIMEOUT_MS
          + " and "
          + io.github.fbhooks.webhook.RequestConfig.MAX_TIMEOUT_MS
          + " milliseconds";
    }
    return "is " + value + "; " + error.getMessage();
  }

  private static List<ConfigProblem> duplicates(
      YamlPath path, JsonNode list, ParsedDocument document) {
    List<ConfigProblem> found = new ArrayList<>();
    if (list == null) {
      return found;
    }
    for (int i = 0; i < list.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (list.get(i).equals(list.get(j))) {
          YamlPath item = path.index(i);
          found.add(
              new ConfigProblem(
                  document.valueAt(item),
                  item.toString(),
                  list.get(i)
                      + " is listed twice (first at "
                      + Where.earlier(document.valueAt(path.index(j)), document.valueAt(item))
                      + "); remove one"));
          break;
        }
      }
    }
    return found;
  }

  private static String fieldName(YamlPath path) {
    String key = path.lastKey();
    return key != null ? key : path.parent().lastKey();
  }

  private static int length(JsonNode value) {
    String text = value == null ? "" : value.asText();
    return text.codePointCount(0, text.length());
  }

  private static String describeType(String type) {
    return switch (type) {
      case "object" -> "a mapping (key: value lines)";
      case "array" -> "a list";
      case "string" -> "a string";
      case "integer" -> "a whole number";
      case "boolean" -> "true or false";
      case "number" -> "a number";
      default -> type;
    };
  }

  /** {@return the YAML kind of a value, e.g. "a list"} */
  static String typeOf(JsonNode value) {
    if (value == null || value.isNull()) {
      return "empty";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isIntegralNumber()) {
      return "a whole number";
    }
    if (value.isNumber()) {
      return "a decimal number";
    }
    if (value.isBoolean()) {
      return "true or false";
    }
    return "something else";
  }

  private static List<ConfigProblem> one(SourceLocation at, YamlPath path, String message) {
    return List.of(new ConfigProblem(at, path.toString(), message));
  }
}
