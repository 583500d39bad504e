package io.github.fbhooks.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One configuration file as a tree, with where every node was written.
 *
 * @param source the file's text
 * @param root the document; a mapping when the file is well-formed
 * @param nodes where each node is, by {@link YamlPath#pointer()}
 * @param scalars the spans of every scalar (keys included), for telling comments from content
 */
record ParsedDocument(
    SourceText source, JsonNode root, Map<String, NodeInfo> nodes, List<Span> scalars) {

  ParsedDocument {
    nodes = Map.copyOf(nodes);
    scalars = List.copyOf(scalars);
  }

  /** {@return where the node's value starts, or the nearest enclosing node's} */
  SourceLocation valueAt(YamlPath path) {
    for (YamlPath p = path; ; p = p.parent()) {
      NodeInfo info = nodes.get(p.pointer());
      if (info != null) {
        return info.value();
      }
      if (p.elements().isEmpty()) {
        return new SourceLocation(source.display(), 1, 1);
      }
    }
  }

  /** {@return where the node's key is (its value for list items and the root)} */
  SourceLocation keyAt(YamlPath path) {
    NodeInfo info = nodes.get(path.pointer());
    return info != null && info.key() != null ? info.key() : valueAt(path);
  }

  /** {@return the node at a path, or null} */
  JsonNode node(YamlPath path) {
    JsonNode node = root;
    for (Object element : path.elements()) {
      if (node == null) {
        return null;
      }
      node = element instanceof Integer i ? node.get(i) : node.get((String) element);
    }
    return node;
  }

  /**
   * Where a node was written.
   *
   * @param key the key's location, null for list items and the root
   * @param value where the value starts
   * @param listColumn for a list item, the column of its list's first {@code -} (or {@code [}); 0
   *     otherwise
   */
  record NodeInfo(SourceLocation key, SourceLocation value, int listColumn) {}

  /**
   * The extent of a scalar: from its start (inclusive) to its end (exclusive), 1-based lines and
   * columns in characters.
   */
  record Span(int startLine, int startColumn, int endLine, int endColumn) {

    /** {@return whether a position lies inside} */
    boolean contains(int line, int column) {
      boolean afterStart = line > startLine || (line == startLine && column >= startColumn);
      boolean beforeEnd = line < endLine || (line == endLine && column < endColumn);
      return afterStart && beforeEnd;
    }
  }
}
