package io.github.fbhooks.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a node sits in a configuration document: mapping keys and list indexes from the root.
 * Prints the way messages show it, e.g. {@code webhooks[0].topics[2]}.
 *
 * @param elements keys ({@link String}) and indexes ({@link Integer}) from the root
 */
record YamlPath(List<Object> elements) {

  /** The document itself. */
  static final YamlPath ROOT = new YamlPath(List.of());

  /** How the root prints: problems of the file as a whole. */
  static final String ROOT_DISPLAY = "(file)";

  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  YamlPath {
    elements = List.copyOf(elements);
  }

  /** {@return the path of a key of this mapping} */
  YamlPath key(String name) {
    List<Object> next = new ArrayList<>(elements);
    next.add(name);
    return new YamlPath(next);
  }

  /** {@return the path of an item of this list} */
  YamlPath index(int index) {
    List<Object> next = new ArrayList<>(elements);
    next.add(index);
    return new YamlPath(next);
  }

  /** {@return the enclosing node's path; the root is its own parent} */
  YamlPath parent() {
    return elements.isEmpty() ? this : new YamlPath(elements.subList(0, elements.size() - 1));
  }

  /** {@return the last key, or null when the path ends in an index or is the root} */
  String lastKey() {
    return elements.isEmpty() || !(elements.get(elements.size() - 1) instanceof String s)
        ? null
        : s;
  }

  /** {@return a JSON pointer, the key of the location index} */
  String pointer() {
    StringBuilder out = new StringBuilder();
    for (Object element : elements) {
      out.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    if (elements.isEmpty()) {
      return ROOT_DISPLAY;
    }
    StringBuilder out = new StringBuilder();
    for (Object element : elements) {
      if (element instanceof Integer i) {
        out.append('[').append(i).append(']');
      } else if (SIMPLE_KEY.matcher((String) element).matches()) {
        out.append(out.isEmpty() ? "" : ".").append(element);
      } else {
        out.append("[\"")
            .append(((String) element).replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"]");
      }
    }
    return out.toString();
  }
}
