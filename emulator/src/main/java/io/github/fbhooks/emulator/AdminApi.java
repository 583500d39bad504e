package io.github.fbhooks.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulator's own endpoints under {@code /__emulator/}: no authentication, no rate limit, not in
 * the request log.
 *
 * <ul>
 *   <li>{@code GET /__emulator/health}: {@code {"status":"ok"}}
 *   <li>{@code GET|DELETE /__emulator/requests}: the request log, or clear it
 *   <li>{@code POST /__emulator/reset}: back to the seed; logs, faults, rate windows, waiting
 *       retries and events cleared
 *   <li>{@code GET|POST|DELETE /__emulator/faults}: list, add (see {@link FaultParser}) or clear
 *   <li>{@code GET|POST|DELETE /__emulator/events}, {@code GET|DELETE /__emulator/deliveries},
 *       {@code POST /__emulator/deliveries/retry}: send events to webhooks and see how they went,
 *       see {@link EventEndpoints}
 * </ul>
 */
final class AdminApi {

  static final String PREFIX = "/__emulator";

  private final Runnable reset;
  private final RequestLog log;
  private final FaultRegistry faults;
  private final EventEndpoints events;

  AdminApi(Runnable reset, RequestLog log, FaultRegistry faults, EventEndpoints events) {
    this.reset = reset;
    this.log = log;
    this.faults = faults;
    this.events = events;
  }

  static boolean owns(String path) {
    return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
  }

  Response handle(ApiRequest request) {
    try {
      return route(request);
    } catch (ApiException e) {
      return Response.error(e);
    }
  }

  private Response route(ApiRequest request) {
    String method = request.method();
    switch (request.path()) {
      case PREFIX + "/health":
        requireMethod(method, "GET");
        return Response.json(200, Map.of("status", "ok"));
      case PREFIX + "/requests":
        if (method.equals("DELETE")) {
          return Response.json(200, Map.of("deleted", log.clear()));
        }
        requireMethod(method, "GET, DELETE");
        return Response.json(200, Map.of("requests", log.entries()));
      case PREFIX + "/reset":
        requireMethod(method, "POST");
        reset.run();
        return Response.json(200, Map.of("status", "reset"));
      case PREFIX + "/faults":
        return faults(request);
      case PREFIX + "/events":
        if (method.equals("GET")) {
          return events.listEvents(request);
        }
        if (method.equals("DELETE")) {
          return events.clearEvents(request);
        }
        requireMethod(method, "GET, POST, DELETE");
        return events.createEvent(request);
      case PREFIX + "/deliveries":
        if (method.equals("DELETE")) {
          return events.clearDeliveries(request);
        }
        requireMethod(method, "GET, DELETE");
        return events.listDeliveries(request);
      case PREFIX + "/deliveries/retry":
        requireMethod(method, "POST");
        return events.retryNow(request);
      default:
        throw ApiException.notFound("not_found", "No such emulator endpoint: " + request.path());
    }
  }

  private Response faults(ApiRequest request) {
    switch (request.method()) {
      case "GET":
        return Response.json(200, Map.of("faults", faults.list()));
      case "POST":
        return Response.json(201, faults.add(FaultParser.parse(request.body())));
      case "DELETE":
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("deleted", faults.clear());
        answer.put("faults", List.of());
        return Response.json(200, answer);
      default:
        throw ApiException.methodNotAllowed(request.method(), "GET, POST, DELETE");
    }
  }

  private static void requireMethod(String method, String allowed) {
    if (!List.of(allowed.split(", ")).contains(method)) {
      throw ApiException.methodNotAllowed(method, allowed);
    }
  }
}
