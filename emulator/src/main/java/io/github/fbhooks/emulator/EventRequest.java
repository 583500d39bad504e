package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.webhook.Topic;
import java.util.Objects;
import java.util.Set;

/**
 * A validated body of {@code POST /__emulator/events}: {@code {"topic": "post.updated", "item":
 * {...}, "changes": [...]}}.
 *
 * @param topic the event topic
 * @param item the resource of the event, or null for the topic's default item
 * @param changes the changes of an update event, or null for the default ones
 */
record EventRequest(Topic topic, ObjectNode item, ArrayNode changes) {

  private static final Set<String> FIELDS = Set.of("topic", "item", "changes");

  EventRequest {
    Objects.requireNonNull(topic, "topic");
  }

  /** {@return whether events of this topic carry {@code changes}: the update events} */
  static boolean isUpdate(Topic topic) {
    return topic.wireName().endsWith(".updated");
  }

  /** {@return whether events of this topic carry {@code conversationId} and its URL} */
  static boolean isConversation(Topic topic) {
    return topic.resource().startsWith("conversation");
  }

  /**
   * Parses and checks the request body.
   *
   * @param body the JSON text
   * @return the request
   * @throws ApiException 400 with every problem found
   */
  static EventRequest parse(String body) {
    ObjectNode obj = RequestBodies.object(body);
    Problems problems = new Problems();
    for (String field : WebhookValidator.fieldNames(obj)) {
      if (!FIELDS.contains(field)) {
        problems.notSupported(field, WebhookValidator.unknownField(field));
      }
    }
    Topic topic = null;
    String name = problems.text(obj, "topic");
    if (name == null && problems.isEmpty()) {
      problems.missing("topic", "topic is required, e.g. post.updated");
    } else if (name != null) {
      topic = Topic.fromWireName(name).orElse(null);
      if (topic == null) {
        problems.invalid("topic", "unknown topic \"" + name + "\"");
      }
    }
    ObjectNode item = null;
    JsonNode i = obj.get("item");
    if (i != null && !i.isNull()) {
      if (i.isObject()) {
        item = (ObjectNode) i;
      } else {
        problems.invalid("item", "item must be a JSON object");
      }
    }
    ArrayNode changes = null;
    JsonNode c = obj.get("changes");
    if (c != null && !c.isNull()) {
      if (topic != null && !isUpdate(topic)) {
        problems.invalid("changes", "changes apply to update events only, not to " + topic);
      } else if (!c.isArray() || !allChanges((ArrayNode) c)) {
        problems.invalid(
            "changes", "changes must be an array of {\"field\", \"oldValue\", \"newValue\"}");
      } else {
        changes = (ArrayNode) c;
      }
    }
    problems.throwIfAny();
    return new EventRequest(topic, item, changes);
  }

  private static boolean allChanges(ArrayNode changes) {
    for (JsonNode change : changes) {
      if (!change.isObject() || !change.path("field").isTextual()) {
        return false;
      }
    }
    return true;
  }
}
