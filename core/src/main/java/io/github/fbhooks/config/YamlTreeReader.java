package io.github.fbhooks.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.fbhooks.json.JsonMappers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into a Jackson tree while recording where each key and value was written, so that
 * every later problem can name its line and column. Refuses what the format has no use for and what
 * makes YAML dangerous: duplicate keys, anchors and aliases, tags, nesting deeper than {@value
 * JsonMappers#MAX_YAML_NESTING}, more than one document.
 */
final class YamlTreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SourceText source;
  private final Problems problems;
  private final int[] codePoints;
  private final Map<String, ParsedDocument.NodeInfo> nodes = new HashMap<>();
  private final List<ParsedDocument.Span> scalars = new ArrayList<>();
  private YAMLParser parser;
  private int discarding;
  private boolean anchorReported;
  private boolean aliasReported;
  private boolean tagReported;

  private YamlTreeReader(SourceText source, Problems problems) {
    this.source = source;
    this.problems = problems;
    this.codePoints = source.text().codePoints().toArray();
  }

  /**
   * Parses one file.
   *
   * @param source the file's text
   * @param problems where problems go
   * @return the document, or empty when it cannot be used (the problems say why)
   */
  static Optional<ParsedDocument> read(SourceText source, Problems problems) {
    return new YamlTreeReader(source, problems).read();
  }

  private Optional<ParsedDocument> read() {
    int before = problems.size();
    JsonNode root = null;
    try (YAMLParser p = JsonMappers.hardenedYaml().getFactory().createParser(source.text())) {
      parser = p;
      if (p.nextToken() == null) {
        problems.add(
            location(1, 1),
            YamlPath.ROOT,
            "the file is empty; a webhooks file starts with \"version: 1\"");
        return Optional.empty();
      }
      root = value(YamlPath.ROOT, null, 0, 0);
      if (root != null && p.nextToken() != null) {
        problems.add(
            tokenLocation(),
            YamlPath.ROOT,
            "a second YAML document starts here; keep one document per file (a directory of"
                + " files can hold more)");
      }
    } catch (TooDeep e) {
      problems.add(
          e.location,
          e.path,
          "nested deeper than "
              + JsonMappers.MAX_YAML_NESTING
              + " levels; a webhooks file needs at most 7");
    } catch (JsonProcessingException e) {
      syntaxProblem(e);
    } catch (IOException | RuntimeException e) {
      // SnakeYAML may fail in unforeseen ways on hostile input; still one clear line
      problems.add(
          location(1, 1),
          YamlPath.ROOT,
          "the YAML parser gave up: " + e.getClass().getSimpleName());
    }
    if (problems.size() > before || root == null) {
      return Optional.empty();
    }
    return Optional.of(new ParsedDocument(source, root, nodes, scalars));
  }

  /** Reads the value at the current token; null for a value that was refused. */
  private JsonNode value(YamlPath path, SourceLocation key, int listColumn, int depth)
      throws IOException {
    SourceLocation start = tokenLocation();
    if (depth > JsonMappers.MAX_YAML_NESTING) {
      throw new TooDeep(start, path);
    }
    if (discarding == 0) {
      nodes.put(path.pointer(), new ParsedDocument.NodeInfo(key, start, listColumn));
    }
    boolean refused = refuseAnchorsAndTags(path, start);
    JsonToken token = parser.currentToken();
    JsonNode node;
    switch (token) {
      case START_OBJECT -> node = mapping(path, depth);
      case START_ARRAY -> node = list(path, depth);
      case VALUE_STRING -> {
        recordSpan();
        if (parser.isCurrentAlias()) {
          if (aliasReported) {
            return null; // one line says it; a billion laughs needs no billion lines
          }
          aliasReported = true;
          problems.add(
              start,
              path,
              "YAML aliases (*"
                  + parser.getText()
                  + ") are not supported; write the value out (for shared topic lists, a glob"
                  + " such as post.* may do)");
          return null;
        }
        node = NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        recordSpan();
        node =
            switch (parser.getNumberType()) {
              case INT -> NODES.numberNode(parser.getIntValue());
              case LONG -> NODES.numberNode(parser.getLongValue());
              default -> NODES.numberNode(parser.getBigIntegerValue());
            };
      }
      case VALUE_NUMBER_FLOAT -> {
        recordSpan();
        node = NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        recordSpan();
        node = NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        recordSpan();
        node = NODES.nullNode();
      }
      default -> {
        recordSpan();
        problems.add(start, path, "this kind of YAML value (" + token + ") is not supported");
        return null;
      }
    }
    return refused ? null : node;
  }

  private ObjectNode mapping(YamlPath path, int depth) throws IOException {
    ObjectNode object = NODES.objectNode();
    Map<String, SourceLocation> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      SourceLocation keyLocation = tokenLocation();
      recordSpan();
      YamlPath child = path.key(name);
      int keyStart = codePointAtToken();
      if (keyStart == '&' || keyStart == '*' || keyStart == '!') {
        problems.add(
            keyLocation,
            child,
            "YAML anchors, aliases and tags are not supported in keys; write the key out");
      }
      SourceLocation first = seen.putIfAbsent(name, keyLocation);
      parser.nextToken();
      if (first != null) {
        problems.add(
            keyLocation,
            child,
            "duplicate key \""
                + name
                + "\" (first at "
                + Where.earlier(first, keyLocation)
                + "); YAML keeps only one of them, so remove one");
        // parse and drop the duplicate, without disturbing the first one's locations
        discarding++;
        try {
          value(child, keyLocation, 0, depth + 1);
        } finally {
          discarding--;
        }
        continue;
      }
      JsonNode value = value(child, keyLocation, 0, depth + 1);
      if (value != null) {
        object.set(name, value);
      }
    }
    return object;
  }

  private ArrayNode list(YamlPath path, int depth) throws IOException {
    ArrayNode array = NODES.arrayNode();
    int column = tokenLocation().column(); // the first "-", or the "["
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonNode value = value(path.index(index), null, column, depth + 1);
      array.add(value == null ? NODES.nullNode() : value);
      index++;
    }
    return array;
  }

  private boolean refuseAnchorsAndTags(YamlPath path, SourceLocation start) throws IOException {
    boolean refused = false;
    if ((parser.getObjectId() != null || codePointAtToken() == '&') && !anchorReported) {
      anchorReported = true;
      problems.add(
          start,
          path,
          "YAML anchors (&name) are not supported; write the value out where it is needed");
      refused = true;
    } else if (parser.getObjectId() != null || codePointAtToken() == '&') {
      refused = true;
    }
    if (parser.getTypeId() != null && !tagReported) {
      tagReported = true;
      problems.add(start, path, "YAML tags (such as !!str) are not supported; remove the tag");
      refused = true;
    }
    return refused;
  }

  /** {@return the character the current token starts with, or -1} */
  private int codePointAtToken() {
    long offset = parser.currentTokenLocation().getCharOffset();
    return offset >= 0 && offset < codePoints.length ? codePoints[(int) offset] : -1;
  }

  private void recordSpan() {
    JsonLocation start = parser.currentTokenLocation();
    JsonLocation end = parser.currentLocation();
    scalars.add(
        new ParsedDocument.Span(
            start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr()));
  }

  private void syntaxProblem(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        String context =
            marked.getContext() == null || marked.getContextMark() == null
                ? ""
                : " ("
                    + marked.getContext()
                    + " at line "
                    + (marked.getContextMark().getLine() + 1)
                    + ")";
        problems.add(
            location(
                marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1),
            YamlPath.ROOT,
            "YAML syntax error: " + marked.getProblem() + context);
        return;
      }
    }
    if (e instanceof StreamConstraintsException) {
      problems.add(
          location(1, 1),
          YamlPath.ROOT,
          "the file exceeds a parser limit (" + e.getOriginalMessage() + ")");
      return;
    }
    JsonLocation where = e.getLocation();
    problems.add(
        where == null || where.getLineNr() < 1
            ? location(1, 1)
            : location(where.getLineNr(), Math.max(1, where.getColumnNr())),
        YamlPath.ROOT,
        "YAML syntax error: " + e.getOriginalMessage());
  }

  private SourceLocation tokenLocation() {
    JsonLocation at = parser.currentTokenLocation();
    return location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private SourceLocation location(int line, int column) {
    return new SourceLocation(source.display(), line, column);
  }

  /** Nesting beyond the limit: parsing stops. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial")
    private final SourceLocation location;

    @SuppressWarnings("serial")
    private final YamlPath path;

    TooDeep(SourceLocation location, YamlPath path) {
      super(null, null, false, false);
      this.location = location;
      this.path = path;
    }
  }
}
