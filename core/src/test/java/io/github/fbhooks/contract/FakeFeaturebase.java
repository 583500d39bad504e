package io.github.fbhooks.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Featurebase webhooks API, written from {@code featurebase-api.md} alone and
 * independently of the emulator: the six endpoints, bearer auth, the version header, cursors, the
 * error envelope. It makes no choice the reference leaves open beyond the least surprising one, and
 * has none of the emulator's extras (faults, deliveries, strict validation). The contract suite
 * runs against it and against the emulator, so that neither the client nor its tests lean on one
 * server's habits.
 */
public final class FakeFeaturebase implements AutoCloseable {

  private static final Pattern ITEM = Pattern.compile("/v2/webhooks/([^/]+)(/secret)?");
  private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");

  private final ObjectMapper json = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, ObjectNode> webhooks = new LinkedHashMap<>();
  private final String apiKey;
  private final HttpServer server;

  private FakeFeaturebase(String apiKey) throws IOException {
    this.apiKey = apiKey;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param apiKey the one key it accepts
   * @return the running server
   * @throws IOException when no port is free
   */
  public static FakeFeaturebase start(String apiKey) throws IOException {
    return new FakeFeaturebase(apiKey);
  }

  /** {@return its base URL, e.g. {@code http://127.0.0.1:40123}} */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (!("Bearer " + apiKey).equals(auth)) {
        error(exchange, 401, "authentication_error", "invalid_api_key", "Invalid API key");
        return;
      }
      String version = exchange.getRequestHeaders().getFirst("Featurebase-Version");
      if (version != null && version.endsWith(".clover")) {
        error(exchange, 404, "invalid_request_error", "version_not_supported", "Not in clover");
        return;
      }
      synchronized (webhooks) {
        route(exchange);
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/v2/webhooks")) {
      if (method.equals("GET")) {
        list(exchange);
      } else if (method.equals("POST")) {
        create(exchange);
      } else {
        error(exchange, 405, "invalid_request_error", "invalid_request", "Method not allowed");
      }
      return;
    }
    Matcher item = ITEM.matcher(path);
    if (!item.matches()) {
      error(exchange, 404, "invalid_request_error", "not_found", "No such path");
      return;
    }
    String id = item.group(1);
    if (!ID.matcher(id).matches()) {
      error(exchange, 400, "invalid_request_error", "invalid_id", "Invalid id");
      return;
    }
    ObjectNode webhook = webhooks.get(id);
    if (webhook == null) {
      error(exchange, 404, "invalid_request_error", "webhook_not_found", "Webhook not found");
      return;
    }
    if (item.group(2) != null && method.equals("POST")) {
      webhook.put("secret", newSecret());
      touch(webhook);
      send(exchange, 200, webhook);
      return;
    }
    switch (method) {
      case "GET" -> send(exchange, 200, webhook);
      case "PATCH" -> {
        update(webhook, read(exchange));
        send(exchange, 200, webhook);
      }
      case "DELETE" -> {
        webhooks.remove(id);
        send(
            exchange,
            200,
            json.createObjectNode().put("id", id).put("object", "webhook").put("deleted", true));
      }
      default ->
          error(exchange, 405, "invalid_request_error", "invalid_request", "Method not allowed");
    }
  }

  private void list(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI());
    int limit = Integer.parseInt(query.getOrDefault("limit", "10"));
    int from = 0;
    if (query.containsKey("cursor")) {
      try {
        from = Integer.parseInt(new String(HexFormat.of().parseHex(query.get("cursor"))));
      } catch (RuntimeException e) {
        error(exchange, 400, "invalid_request_error", "invalid_cursor", "Invalid cursor");
        return;
      }
    }
    List<ObjectNode> all = new ArrayList<>(webhooks.values());
    ObjectNode page = json.createObjectNode().put("object", "list");
    ArrayNode data = page.putArray("data");
    int to = Math.min(all.size(), from + limit);
    all.subList(Math.min(from, to), to).forEach(data::add);
    if (to < all.size()) {
      page.put("nextCursor", HexFormat.of().formatHex(String.valueOf(to).getBytes()));
    } else {
      page.putNull("nextCursor");
    }
    send(exchange, 200, page);
  }

  private void create(HttpExchange exchange) throws IOException {
    JsonNode body = read(exchange);
    for (String required : List.of("name", "url", "topics")) {
      if (!body.hasNonNull(required)) {
        error(exchange, 400, "invalid_request_error", "missing_parameter", required + " missing");
        return;
      }
    }
    String id = HexFormat.of().formatHex(randomBytes(12));
    ObjectNode webhook = json.createObjectNode().put("object", "webhook").put("id", id);
    webhook.put("name", body.get("name").asText()).put("url", body.get("url").asText());
    webhook.put("secret", newSecret());
    webhook.set(
        "description", body.path("description").isTextual() ? body.get("description") : null);
    webhook.set("topics", body.get("topics"));
    webhook.put("status", "active");
    ObjectNode config = webhook.putObject("requestConfig");
    config.put("timeoutMs", body.path("requestConfig").path("timeoutMs").asInt(5000));
    config.set("headers", body.path("requestConfig").path("headers").deepCopy());
    if (!config.get("headers").isObject()) {
      config.putObject("headers");
    }
    webhook.putNull("lastStatus");
    webhook.put("version", "1.0");
    webhook.put("createdAt", Instant.now().toString());
    touch(webhook);
    webhooks.put(id, webhook);
    send(exchange, 201, webhook);
  }

  private void update(ObjectNode webhook, JsonNode body) {
    for (String field : List.of("name", "url", "description", "topics", "status")) {
      if (body.has(field)) {
        webhook.set(field, body.get(field));
      }
    }
    JsonNode config = body.path("requestConfig");
    if (config.isObject()) {
      ObjectNode live = (ObjectNode) webhook.get("requestConfig");
      if (config.has("timeoutMs")) {
        live.set("timeoutMs", config.get("timeoutMs"));
      }
      if (config.has("headers")) {
        live.set("headers", config.get("headers"));
      }
    }
    touch(webhook);
  }

  private static void touch(ObjectNode webhook) {
    webhook.put("updatedAt", Instant.now().toString());
  }

  private String newSecret() {
    return "whsec_" + HexFormat.of().formatHex(randomBytes(24));
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private JsonNode read(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    return body.length == 0 ? json.createObjectNode() : json.readTree(body);
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> query = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(
              pair.substring(0, eq),
              java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return query;
  }

  private void error(HttpExchange exchange, int status, String type, String code, String message)
      throws IOException {
    ObjectNode body = json.createObjectNode();
    body.putObject("error")
        .put("type", type)
        .put("code", code)
        .put("message", message)
        .put("status", status);
    send(exchange, status, body);
  }

  private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
