package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.emulator.EmulatorEvents.Event;
import io.github.fbhooks.emulator.EmulatorEvents.FirstAttempt;
import io.github.fbhooks.emulator.EmulatorEvents.Summary;
import io.github.fbhooks.emulator.EmulatorEvents.WebhookAttempt;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of {@code GET /__emulator/events}, both ways: the emulator writes it, {@link
 * EmulatorAdminClient} reads it.
 *
 * <pre>{@code
 * {"events":[{"id","topic","createdAt","webhooks":[{"webhookId","firstAttempt"}],
 *             "acceptedOnFirstDelivery": true|false|null}],
 *  "summary":{"events","acceptedOnFirstDelivery","notAcceptedOnFirstDelivery","pending"}}
 * }</pre>
 */
final class EventsJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private EventsJson() {}

  /** {@return the answer of {@code GET /__emulator/events}} */
  static ObjectNode write(EmulatorEvents events) {
    ObjectNode answer = NODES.objectNode();
    ArrayNode list = answer.putArray("events");
    for (Event e : events.events()) {
      ObjectNode event = list.addObject();
      event.put("id", e.id());
      event.put("topic", e.topic());
      event.put("createdAt", EventPayloads.isoMillis(e.createdAt()));
      ArrayNode webhooks = event.putArray("webhooks");
      for (WebhookAttempt w : e.webhooks()) {
        webhooks
            .addObject()
            .put("webhookId", w.webhookId())
            .put("firstAttempt", w.firstAttempt().wireName());
      }
      Optional<Boolean> accepted = e.acceptedOnFirstDelivery();
      if (accepted.isPresent()) {
        event.put("acceptedOnFirstDelivery", accepted.get());
      } else {
        event.putNull("acceptedOnFirstDelivery");
      }
    }
    Summary s = events.summary();
    answer
        .putObject("summary")
        .put("events", s.events())
        .put("acceptedOnFirstDelivery", s.acceptedOnFirstDelivery())
        .put("notAcceptedOnFirstDelivery", s.notAcceptedOnFirstDelivery())
        .put("pending", s.pending());
    return answer;
  }

  /**
   * Reads an answer of {@code GET /__emulator/events}; {@code acceptedOnFirstDelivery} of each
   * event follows from its webhooks, so it is not read.
   *
   * @param answer the JSON
   * @return the events and their summary
   * @throws IOException when the JSON is not such an answer
   */
  static EmulatorEvents read(JsonNode answer) throws IOException {
    JsonNode list = answer.path("events");
    if (!list.isArray()) {
      throw unexpected("no events list");
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : list) {
      List<WebhookAttempt> webhooks = new ArrayList<>();
      for (JsonNode w : e.path("webhooks")) {
        String name = text(w, "firstAttempt");
        FirstAttempt first =
            FirstAttempt.fromWireName(name)
                .orElseThrow(() -> unexpected("unknown firstAttempt \"" + name + "\""));
        webhooks.add(new WebhookAttempt(text(w, "webhookId"), first));
      }
      events.add(new Event(text(e, "id"), text(e, "topic"), instant(e, "createdAt"), webhooks));
    }
    JsonNode s = answer.path("summary");
    Summary summary =
        new Summary(
            count(s, "events"),
            count(s, "acceptedOnFirstDelivery"),
            count(s, "notAcceptedOnFirstDelivery"),
            count(s, "pending"));
    return new EmulatorEvents(events, summary);
  }

  private static String text(JsonNode node, String field) throws IOException {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw unexpected("no " + field);
    }
    return value.textValue();
  }

  private static Instant instant(JsonNode node, String field) throws IOException {
    try {
      return Instant.parse(text(node, field));
    } catch (DateTimeParseException e) {
      throw unexpected(field + " is not an ISO-8601 instant");
    }
  }

  private static int count(JsonNode summary, String field) throws IOException {
    JsonNode value = summary.path(field);
    if (!value.canConvertToInt()) {
      throw unexpected("no summary." + field);
    }
    return value.intValue();
  }

  private static IOException unexpected(String what) {
    return new IOException("unexpected answer from GET /__emulator/events: " + what);
  }
}
