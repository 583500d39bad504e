package io.github.fbhooks.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.json.JsonMappers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the emulator's request log ({@code GET /__emulator/requests}) and counts it. */
final class RequestLogStats {

  /** One logged API request. */
  record Entry(String method, String path, String createdName, Instant at, Integer status) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;

  RequestLogStats(URI base) {
    this.base = base;
  }

  void clear() {
    send("DELETE", "/__emulator/requests");
  }

  void reset() {
    send("POST", "/__emulator/reset");
  }

  /** {@return every logged request, oldest first} */
  List<Entry> entries() {
    JsonNode log;
    try {
      log = JsonMappers.json().readTree(send("GET", "/__emulator/requests"));
    } catch (IOException e) {
      throw new IllegalStateException("the request log is not JSON", e);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode r : log.get("requests")) {
      entries.add(
          new Entry(
              r.get("method").asText(),
              r.get("path").asText(),
              r.path("body").path("name").asText(null),
              Instant.parse(r.get("at").asText()),
              r.get("status").isNull() ? null : r.get("status").asInt()));
    }
    return entries;
  }

  /** {@return requests by "METHOD kind", e.g. {@code GET list}, {@code POST create}} */
  static Map<String, Integer> byKind(List<Entry> entries) {
    Map<String, Integer> kinds = new TreeMap<>();
    for (Entry e : entries) {
      String kind =
          switch (e.method()) {
            case "GET" -> e.path().equals("/v2/webhooks") ? "list" : "get";
            case "POST" -> e.path().endsWith("/secret") ? "rotate" : "create";
            case "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> e.method();
          };
      kinds.merge(kind, 1, Integer::sum);
    }
    return kinds;
  }

  private String send(String method, String path) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(base.resolve(path))
                  .timeout(Duration.ofSeconds(30))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(method + " " + path + " -> " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
