package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.webhook.Webhook;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The admin endpoints that make Featurebase send events:
 *
 * <ul>
 *   <li>{@code POST /__emulator/events[?wait=true]}: create an event and deliver it to every active
 *       webhook subscribed to its topic
 *   <li>{@code GET /__emulator/events}, {@code DELETE ...}: the events made, each with its first
 *       attempts and whether a receiver accepted it on its first delivery; or forget them
 *   <li>{@code GET /__emulator/deliveries[?eventId=..&webhookId=..]}, {@code DELETE ...}: every
 *       attempt, and the retries waiting
 *   <li>{@code POST /__emulator/deliveries/retry[?wait=true]}: run the waiting retries now
 * </ul>
 *
 * <p>With {@code wait=true} the answer comes once the attempts have ended (each within its
 * webhook's timeout) and includes them; otherwise at once.
 */
final class EventEndpoints {

  /** Longest wait of a {@code wait=true} request: the largest timeout, and a margin. */
  private static final long MAX_WAIT_MS = 35_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final WebhookStore store;
  private final Deliverer deliverer;
  private final DeliveryLog log;
  private final EventLog events;
  private final EventPayloads payloads;
  private final RandomIds ids;
  private final Clock clock;
  private final ApiVersion workspaceVersion;

  /**
   * @param store the shared workspace's webhooks
   * @param deliverer sends the events
   * @param log the attempts
   * @param events the events made, with their first attempts
   * @param ids for event ids and default items
   * @param clock for event times
   * @param workspaceVersion the workspace's default API version, which {@code data.item} follows
   */
  EventEndpoints(
      WebhookStore store,
      Deliverer deliverer,
      DeliveryLog log,
      EventLog events,
      RandomIds ids,
      Clock clock,
      ApiVersion workspaceVersion) {
    this.store = store;
    this.deliverer = deliverer;
    this.log = log;
    this.events = events;
    this.payloads = new EventPayloads(ids);
    this.ids = ids;
    this.clock = clock;
    this.workspaceVersion = workspaceVersion;
  }

  /**
   * {@code POST /__emulator/events}: 201 with the event's id and one entry per receiving webhook,
   * each naming the same id.
   */
  Response createEvent(ApiRequest request) {
    boolean wait = waitParameter(request, Set.of("wait"));
    EventRequest event = EventRequest.parse(request.body());
    if (event.item() == null && !Contract.hasItemShapes(workspaceVersion)) {
      throw ApiException.badRequest(
          Problem.MISSING,
          "data.item follows the workspace's default API version, "
              + workspaceVersion
              + ", whose resources the emulator cannot make up: give the item in the request, or"
              + " start the emulator with --default-version "
              + Contract.FIRST_WEBHOOK_VERSION
              + " or later",
          "item");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    EventPayloads.Template template = payloads.template(event, now);
    List<Webhook> targets = store.activeSubscribers(event.topic().wireName());
    // Contract: one id per event, shared by every webhook it reaches (reference §5 is silent)
    String eventId = ids.newEventId();
    List<Delivery> deliveries = new ArrayList<>();
    for (Webhook w : targets) {
      deliveries.add(
          new Delivery(
              eventId,
              w.id(),
              event.topic().wireName(),
              EventPayloads.envelope(template, eventId, w.id())));
    }
    TrackedEvent tracked =
        events.add(
            new TrackedEvent(
                eventId,
                event.topic().wireName(),
                now,
                targets.stream().map(Webhook::id).toList()));
    List<CompletableFuture<DeliveryAttempt>> firsts =
        recordedIn(tracked, deliverer.deliver(deliveries));
    ArrayNode perWebhook = NODES.arrayNode();
    for (int i = 0; i < targets.size(); i++) {
      Webhook w = targets.get(i);
      ObjectNode e = perWebhook.addObject();
      e.put("id", eventId);
      e.put("webhookId", w.id());
      e.put("webhookName", w.name());
      e.put("url", w.url());
      if (wait) {
        e.set("firstAttempt", awaited(firsts.get(i)));
      }
    }
    ObjectNode answer = NODES.objectNode();
    answer.put("id", eventId);
    answer.put("topic", event.topic().wireName());
    answer.put("itemVersion", workspaceVersion.value());
    answer.set("events", perWebhook);
    return Response.json(201, answer);
  }

  /**
   * {@return the first attempts, each ending once its result is in the event: a GET after a {@code
   * wait=true} POST never sees it pending}
   */
  private static List<CompletableFuture<DeliveryAttempt>> recordedIn(
      TrackedEvent tracked, List<CompletableFuture<DeliveryAttempt>> firsts) {
    return firsts.stream()
        .map(
            first ->
                first.whenComplete(
                    (attempt, failure) -> {
                      if (attempt != null) { // null: the emulator reset or closed meanwhile
                        tracked.attemptEnded(attempt);
                      }
                    }))
        .toList();
  }

  /** {@code GET /__emulator/events}: every event kept, with its first attempts and a summary. */
  Response listEvents(ApiRequest request) {
    singleParameters(request, Set.of());
    return Response.json(200, EventsJson.write(events.snapshot()));
  }

  /** {@code DELETE /__emulator/events}: forgets the events; deliveries and retries go on. */
  Response clearEvents(ApiRequest request) {
    singleParameters(request, Set.of());
    return Response.json(200, Map.of("deleted", events.clear()));
  }

  /** {@code GET /__emulator/deliveries}. */
  Response listDeliveries(ApiRequest request) {
    Map<String, String> filters = singleParameters(request, Set.of("eventId", "webhookId"));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("deliveries", log.entries(filters.get("eventId"), filters.get("webhookId")));
    answer.put("pendingRetries", deliverer.pending());
    return Response.json(200, answer);
  }

  /** {@code DELETE /__emulator/deliveries}: clears the log; waiting retries stay. */
  Response clearDeliveries(ApiRequest request) {
    singleParameters(request, Set.of());
    return Response.json(200, Map.of("deleted", log.clear()));
  }

  /** {@code POST /__emulator/deliveries/retry}: the waiting retries, run now. */
  Response retryNow(ApiRequest request) {
    boolean wait = waitParameter(request, Set.of("wait"));
    RequestBodies.requireNoParameters(request.body());
    ArrayNode retried = NODES.arrayNode();
    deliverer
        .retryNow()
        .forEach(
            (retry, attempt) -> {
              ObjectNode r = retried.addObject();
              r.put("eventId", retry.eventId());
              r.put("webhookId", retry.webhookId());
              r.put("attempt", retry.attempt());
              if (wait) {
                r.set("result", awaited(attempt));
              }
            });
    return Response.json(200, Map.of("retried", retried));
  }

  private static JsonNode awaited(CompletableFuture<DeliveryAttempt> attempt) {
    try {
      DeliveryAttempt done = attempt.get(MAX_WAIT_MS, TimeUnit.MILLISECONDS);
      return done == null ? NODES.nullNode() : EmulatorJson.tree(done);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NODES.nullNode();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a delivery attempt did not end", e);
    }
  }

  private static boolean waitParameter(ApiRequest request, Set<String> allowed) {
    String wait = singleParameters(request, allowed).getOrDefault("wait", "false");
    if (!wait.equals("true") && !wait.equals("false")) {
      throw ApiException.badRequest(
          Problem.INVALID, "wait must be true or false, got \"" + wait + "\"", "wait");
    }
    return wait.equals("true");
  }

  private static Map<String, String> singleParameters(ApiRequest request, Set<String> allowed) {
    Map<String, String> single = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> p : request.queryParameters().entrySet()) {
      if (!allowed.contains(p.getKey())) {
        throw ApiException.badRequest(
            Problem.NOT_SUPPORTED, "unknown query parameter \"" + p.getKey() + "\"", p.getKey());
      }
      if (p.getValue().size() > 1) {
        throw ApiException.badRequest(
            Problem.INVALID, p.getKey() + " is given more than once", p.getKey());
      }
      single.put(p.getKey(), p.getValue().get(0));
    }
    return single;
  }
}
