package io.github.fbhooks.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.webhook.Topic;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds the JSON Featurebase POSTs to a webhook: the {@code notification_event} envelope around
 * the event's resource, with a realistic default resource per topic.
 */
final class EventPayloads {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final RandomIds ids;

  EventPayloads(RandomIds ids) {
    this.ids = ids;
  }

  /**
   * The parts of an event that all webhooks receiving it share.
   *
   * @param topic the topic
   * @param data the {@code data} object: item and, for updates, changes
   * @param conversationId the conversation of a conversation topic, else null
   * @param createdAt when the event happened
   */
  record Template(Topic topic, ObjectNode data, String conversationId, Instant createdAt) {}

  /** {@return the data of an event: the given or a default item, and changes for updates} */
  Template template(EventRequest request, Instant now) {
    Topic topic = request.topic();
    ObjectNode item = request.item() != null ? request.item().deepCopy() : defaultItem(topic, now);
    ObjectNode data = NODES.objectNode();
    data.put("object", "notification_event_data");
    data.set("item", item);
    if (EventRequest.isUpdate(topic)) {
      data.set("changes", request.changes() != null ? request.changes() : defaultChanges(topic));
    }
    String conversationId =
        EventRequest.isConversation(topic) ? conversationIdOf(topic, item) : null;
    return new Template(topic, data, conversationId, now);
  }

  /**
   * The body sent to one webhook: the event's id is the same for every webhook, {@code webhookId}
   * names the receiving one.
   *
   * @param template the shared parts
   * @param eventId the event's id, {@code notif_...}, shared by every webhook it reaches
   * @param webhookId the receiving webhook
   * @return the envelope as UTF-8 JSON bytes, exactly as signed and sent
   */
  static byte[] envelope(Template template, String eventId, String webhookId) {
    ObjectNode event = NODES.objectNode();
    event.put("object", "notification_event");
    event.put("id", eventId);
    event.put("topic", template.topic().wireName());
    event.put("organizationId", Contract.ORGANIZATION_ID);
    event.put("webhookId", webhookId);
    if (template.conversationId() != null) {
      // reference §5: beside webhookId, not inside data
      event.put("conversationId", template.conversationId());
      event.put("conversationUrl", Contract.CONVERSATION_URL_PREFIX + template.conversationId());
    }
    event.put("createdAt", ISO_MILLIS.format(template.createdAt()));
    event.put("deliveryStatus", Contract.DELIVERY_STATUS_AS_SENT);
    event.set("data", template.data());
    return EmulatorJson.write(event);
  }

  /** {@return an instant as envelopes write it, like JavaScript's {@code toISOString()}} */
  static String isoMillis(Instant instant) {
    return ISO_MILLIS.format(instant);
  }

  private String conversationIdOf(Topic topic, ObjectNode item) {
    JsonNode explicit = item.get("conversationId");
    if (explicit != null && explicit.isTextual()) {
      return explicit.textValue();
    }
    JsonNode id = item.get("id");
    if (topic.resource().equals("conversation") && id != null && id.isTextual()) {
      return id.textValue();
    }
    return ids.newObjectId();
  }

  private ObjectNode defaultItem(Topic topic, Instant now) {
    String id = ids.newObjectId();
    String at = ISO_MILLIS.format(now);
    String json =
        switch (topic.resource()) {
          case "post" -> String.format(POST, id, at, at);
          case "ticket" -> String.format(TICKET, id, at, at);
          case "changelog" -> String.format(CHANGELOG, id, at, at);
          case "comment" -> String.format(COMMENT, id, ids.newObjectId(), at, at);
          case "conversation_part" -> String.format(PART, id, ids.newObjectId(), at);
          default -> String.format(CONVERSATION, id, at, at);
        };
    try {
      return (ObjectNode) EmulatorJson.read(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArrayNode defaultChanges(Topic topic) {
    ArrayNode changes = NODES.arrayNode();
    ObjectNode change = changes.addObject();
    switch (topic) {
      case TICKET_UPDATED -> {
        change.put("field", "status");
        change.put("oldValue", "open");
        change.put("newValue", "in_progress");
      }
      case COMMENT_UPDATED -> {
        change.put("field", "content");
        change.put("oldValue", "<p>Works for me.</p>");
        change.put("newValue", "<p>Works for me on Firefox too.</p>");
      }
      case CONVERSATION_PRIORITY_UPDATED -> {
        change.put("field", "priority");
        change.put("oldValue", false);
        change.put("newValue", true);
      }
      default -> {
        change.put("field", "title");
        change.put("oldValue", "Dark mode");
        change.put("newValue", "Dark mode for the dashboard");
      }
    }
    return changes;
  }

  private static final String POST =
      """
      {"object": "post", "id": "%s", "title": "Dark mode for the dashboard",
       "content": "<p>Please add a dark theme; the white page is hard on the eyes at night.</p>",
       "slug": "dark-mode-for-the-dashboard",
       "author": {"id": "65a1f0c2e4b0a1b2c3d4e101", "name": "Ada Lovelace", "type": "customer"},
       "postCategory": {"id": "65a1f0c2e4b0a1b2c3d4e201", "name": "Feature Request"},
       "postStatus": {"id": "65a1f0c2e4b0a1b2c3d4e301", "name": "In Review", "type": "reviewing"},
       "postTags": [{"id": "65a1f0c2e4b0a1b2c3d4e401", "name": "UI"}],
       "upvotes": 12, "commentCount": 3, "pinned": false,
       "createdAt": "%s", "updatedAt": "%s"}
      """;

  private static final String TICKET =
      """
      {"object": "ticket", "id": "%s", "title": "Cannot export invoices as PDF",
       "content": "<p>The export button spins forever.</p>", "status": "in_progress",
       "priority": "high",
       "author": {"id": "65a1f0c2e4b0a1b2c3d4e102", "name": "Grace Hopper", "type": "customer"},
       "createdAt": "%s", "updatedAt": "%s"}
      """;

  private static final String CHANGELOG =
      """
      {"object": "changelog", "id": "%s", "title": "Dark mode is here",
       "content": "<p>Switch themes under Settings, Appearance.</p>", "slug": "dark-mode-is-here",
       "categories": ["New"], "state": "live", "publishedAt": "%s", "createdAt": "%s"}
      """;

  private static final String COMMENT =
      """
      {"object": "comment", "id": "%s", "postId": "%s",
       "content": "<p>Works for me on Firefox too.</p>", "isPrivate": false,
       "author": {"id": "65a1f0c2e4b0a1b2c3d4e103", "name": "Alan Turing", "type": "admin"},
       "upvotes": 2, "createdAt": "%s", "updatedAt": "%s"}
      """;

  private static final String CONVERSATION =
      """
      {"object": "conversation", "id": "%s", "title": "Billing question", "state": "open",
       "priority": true, "channel": "messenger",
       "contact": {"id": "65a1f0c2e4b0a1b2c3d4e104", "name": "Katherine Johnson",
                   "email": "katherine@example.com"},
       "assignee": {"id": "65a1f0c2e4b0a1b2c3d4e105", "name": "Support Team", "type": "team"},
       "createdAt": "%s", "updatedAt": "%s"}
      """;

  private static final String PART =
      """
      {"object": "conversation_part", "id": "%s", "conversationId": "%s", "partType": "comment",
       "body": null, "redacted": true, "createdAt": "%s"}
      """;
}
