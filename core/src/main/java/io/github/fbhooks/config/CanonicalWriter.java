package io.github.fbhooks.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a document in canonical form: two-space indentation, block style, keys in the order of the
 * schema (which is that of the documented example), topics in {@link
 * io.github.fbhooks.webhook.Topic} order, ignoreChanges in field order, headers by name, strings
 * plain where YAML reads them back as the same string and double-quoted otherwise, one blank line
 * between webhooks and between workspaces, comments kept with what they describe.
 */
final class CanonicalWriter {

  // the schema's order is the canonical order: a field added to the schema is formatted with no
  // change here
  static final List<String> ROOT_KEYS = ConfigSchema.propertyNames("/properties");
  static final List<String> WORKSPACE_KEYS =
      ConfigSchema.propertyNames("/definitions/workspace/properties");
  static final List<String> WEBHOOK_KEYS =
      ConfigSchema.propertyNames("/definitions/webhook/properties");
  static final List<String> REQUEST_CONFIG_KEYS =
      ConfigSchema.propertyNames("/definitions/requestConfig/properties");
  static final List<String> FIELD_ORDER =
      ConfigSchema.texts("/definitions/webhook/properties/ignoreChanges/items/enum");

  private final Comments comments;
  private final StringBuilder out = new StringBuilder();

  private CanonicalWriter(Comments comments) {
    this.comments = comments;
  }

  /**
   * Writes a document.
   *
   * @param document a valid document
   * @return its canonical text, lines ending in {@code \n}
   */
  static String write(ParsedDocument document) {
    CanonicalWriter writer = new CanonicalWriter(Comments.of(document));
    return writer.document(document.root());
  }

  private String document(JsonNode root) {
    for (String line : comments.header()) {
      out.append(line).append('\n');
    }
    mapping(root, YamlPath.ROOT, 0, null);
    for (String line : comments.footer()) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * Writes a mapping's entries.
   *
   * @param item the list item this mapping is, whose "- " and comments go with the first key; null
   *     for a mapping that is a value
   */
  private void mapping(JsonNode node, YamlPath path, int indent, YamlPath item) {
    boolean first = true;
    for (String key : orderedKeys(node, path)) {
      YamlPath child = path.key(key);
      JsonNode value = node.get(key);
      List<String> leading =
          new ArrayList<>(comments.leading().getOrDefault(child.pointer(), List.of()));
      String trailing = comments.trailing().get(child.pointer());
      String prefix = " ".repeat(indent);
      if (first && item != null) {
        List<String> itemLeading = comments.leading().getOrDefault(item.pointer(), List.of());
        leading.addAll(0, itemLeading);
        String itemTrailing = comments.trailing().get(item.pointer());
        if (itemTrailing != null && trailing != null) {
          leading.add(trailing); // one comment per line; the key's moves above
        }
        trailing = itemTrailing != null ? itemTrailing : trailing;
        prefix = " ".repeat(indent - 2);
        comment(leading, prefix);
        prefix = prefix + "- ";
      } else {
        comment(leading, prefix);
      }
      first = false;
      out.append(prefix).append(Scalars.key(key)).append(':');
      if (value.isObject() && !value.isEmpty()) {
        end(trailing);
        mapping(value, child, indent + 2, null);
      } else if (value.isArray() && !value.isEmpty()) {
        end(trailing);
        list(value, child, indent + 2);
      } else {
        out.append(' ').append(Scalars.value(value));
        end(trailing);
      }
      comment(comments.after().getOrDefault(child.pointer(), List.of()), " ".repeat(indent));
    }
  }

  private void list(JsonNode node, YamlPath path, int indent) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      order.add(i);
    }
    order.sort(itemOrder(node, path));
    boolean spaced = "webhooks".equals(path.lastKey()) || "workspaces".equals(path.lastKey());
    boolean first = true;
    for (int index : order) {
      YamlPath item = path.index(index);
      JsonNode value = node.get(index);
      if (spaced && !first) {
        out.append('\n');
      }
      first = false;
      if (value.isObject() && !value.isEmpty()) {
        mapping(value, item, indent + 2, item);
        // at the keys' column: read back, they close the item's last key, the same place
        comment(comments.after().getOrDefault(item.pointer(), List.of()), " ".repeat(indent + 2));
      } else {
        String prefix = " ".repeat(indent);
        comment(comments.leading().getOrDefault(item.pointer(), List.of()), prefix);
        out.append(prefix).append("- ").append(Scalars.value(value));
        end(comments.trailing().get(item.pointer()));
        comment(comments.after().getOrDefault(item.pointer(), List.of()), prefix + "  ");
      }
    }
  }

  private Comparator<Integer> itemOrder(JsonNode list, YamlPath path) {
    String key = path.lastKey();
    if ("topics".equals(key)) {
      // by the first topic each entry stands for; a glob before the topics it covers
      return Comparator.comparingInt((Integer i) -> TopicPatterns.rank(list.get(i).asText()))
          .thenComparing(i -> TopicPatterns.isGlob(list.get(i).asText()) ? 0 : 1)
          .thenComparing(i -> list.get(i).asText());
    }
    if ("ignoreChanges".equals(key)) {
      return Comparator.comparingInt((Integer i) -> rank(FIELD_ORDER, list.get(i).asText()));
    }
    return Comparator.naturalOrder();
  }

  private List<String> orderedKeys(JsonNode node, YamlPath path) {
    List<String> order = keyOrder(path);
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      keys.add(entry.getKey());
    }
    if (order == null) {
      keys.sort(Comparator.naturalOrder()); // headers
    } else {
      keys.sort(Comparator.comparingInt(k -> rank(order, k)));
    }
    return keys;
  }

  private static List<String> keyOrder(YamlPath path) {
    List<Object> e = path.elements();
    if (e.isEmpty()) {
      return ROOT_KEYS;
    }
    Object last = e.get(e.size() - 1);
    if (last instanceof Integer && e.size() >= 2) {
      return "workspaces".equals(e.get(e.size() - 2)) ? WORKSPACE_KEYS : WEBHOOK_KEYS;
    }
    if ("requestConfig".equals(last)) {
      return REQUEST_CONFIG_KEYS;
    }
    return null;
  }

  private static int rank(List<String> order, String key) {
    int index = order.indexOf(key);
    return index < 0 ? order.size() : index;
  }

  private void comment(List<String> lines, String indent) {
    for (String line : lines) {
      out.append(indent).append(line).append('\n');
    }
  }

  private void end(String trailing) {
    if (trailing != null) {
      out.append("  ").append(trailing);
    }
    out.append('\n');
  }
}
