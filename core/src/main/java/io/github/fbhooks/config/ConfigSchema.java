package io.github.fbhooks.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.fbhooks.json.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema (draft-07) of {@code webhooks.yaml}, shipped in this package as {@value
 * #RESOURCE} and kept at {@code schema/webhooks-v1.schema.json} in the repository for editors.
 * Validation reports each schema error at the line and column the reader recorded.
 */
final class ConfigSchema {

  /** The schema's resource name, beside this class. */
  static final String RESOURCE = "webhooks-v1.schema.json";

  private static final JsonNode NODE = load();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)))
          .getSchema(SchemaLocation.of(NODE.path("$id").asText()), NODE);

  private ConfigSchema() {}

  /** {@return the schema document} */
  static JsonNode node() {
    return NODE;
  }

  /**
   * {@return the names of the properties an object of the schema declares, in the schema's order}
   *
   * @param pointer a JSON pointer to a {@code properties} object, e.g. {@code
   *     /definitions/webhook/properties}
   */
  static List<String> propertyNames(String pointer) {
    List<String> names = new ArrayList<>();
    NODE.at(pointer).fieldNames().forEachRemaining(names::add);
    return List.copyOf(names);
  }

  /**
   * {@return the texts of an array of the schema, such as an {@code enum}, in the schema's order}
   *
   * @param pointer a JSON pointer to the array
   */
  static List<String> texts(String pointer) {
    List<String> texts = new ArrayList<>();
    NODE.at(pointer).forEach(text -> texts.add(text.asText()));
    return List.copyOf(texts);
  }

  /**
   * Validates a document against the schema.
   *
   * @param document the document
   * @param problems where problems go, one per schema error
   */
  static void validate(ParsedDocument document, Problems problems) {
    List<Error> errors;
    // networknt resolves $refs lazily; parallel builds (-T) must not race on that
    synchronized (SCHEMA) {
      errors = SCHEMA.validate(document.root());
    }
    Set<String> typeErrors = new HashSet<>();
    Set<String> suggested = new HashSet<>();
    for (Error error : errors) {
      String pointer = path(error.getInstanceLocation()).pointer();
      if ("type".equals(error.getKeyword())) {
        typeErrors.add(pointer);
      } else if ("additionalProperties".equals(error.getKeyword())) {
        SchemaMessages.suggestion(error).ifPresent(s -> suggested.add(pointer + "/" + s));
      }
    }
    List<ConfigProblem> found = new ArrayList<>();
    for (Error error : errors) {
      YamlPath path = path(error.getInstanceLocation());
      if (!"type".equals(error.getKeyword()) && typeErrors.contains(path.pointer())) {
        continue; // a value of the wrong type: its other errors are noise
      }
      if ("required".equals(error.getKeyword())
          && suggested.contains(path.pointer() + "/" + error.getProperty())) {
        continue; // "unknown field nmae (did you mean name?)" says it already
      }
      found.addAll(SchemaMessages.describe(error, path, document));
    }
    found.stream().distinct().forEach(problems::add);
  }

  /**
   * The schema node at a location inside this schema.
   *
   * @param fragment e.g. {@code /definitions/webhook/additionalProperties}
   * @return the node, or a missing node
   */
  static JsonNode at(NodePath fragment) {
    JsonNode node = NODE;
    for (int i = 0; i < fragment.getNameCount(); i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  /** {@return a networknt instance location as a document path} */
  static YamlPath path(NodePath location) {
    List<Object> elements = new ArrayList<>();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      elements.add(element instanceof Integer index ? index : element.toString());
    }
    return new YamlPath(elements);
  }

  private static JsonNode load() {
    try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the fbhooks-core jar");
      }
      return JsonMappers.json().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " from the fbhooks-core jar", e);
    }
  }
}
