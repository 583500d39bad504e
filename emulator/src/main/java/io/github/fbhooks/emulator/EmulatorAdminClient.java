package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fbhooks.api.SelectorThreads;
import io.github.fbhooks.json.JsonMappers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A client of the emulator's admin API ({@code /__emulator/...}), for build tools and tests that
 * drive an emulator from outside: inject faults, send events and see how their first deliveries
 * went, save the request log.
 */
public final class EmulatorAdminClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI baseUrl;
  private final HttpClient http = Shared.HTTP;
  private final ObjectMapper json = JsonMappers.json();

  /** One HTTP client for every admin client of the JVM, built on first use. */
  private static final class Shared {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    static {
      SelectorThreads.register(HTTP);
    }
  }

  /**
   * @param baseUrl the emulator's base URL, e.g. {@code http://127.0.0.1:8089}
   */
  public EmulatorAdminClient(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Injects the faults of a JSON file: one fault object or an array of them.
   *
   * @param file the JSON file
   * @return how many faults were injected
   * @throws IOException when the file cannot be read or the emulator refuses a fault
   */
  public int addFaults(Path file) throws IOException {
    return addFaults(json.readTree(file.toFile()));
  }

  /**
   * Injects faults given as JSON text: one fault object or an array of them.
   *
   * @param faults the JSON text
   * @return how many faults were injected
   * @throws IOException when the text is not JSON or the emulator refuses a fault
   */
  public int addFaults(String faults) throws IOException {
    return addFaults(json.readTree(faults));
  }

  private int addFaults(JsonNode root) throws IOException {
    int count = 0;
    for (JsonNode fault : root.isArray() ? root : json.createArrayNode().add(root)) {
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(baseUrl.resolve("/__emulator/faults"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(fault))));
      if (response.statusCode() / 100 != 2) {
        throw new IOException(
            "the emulator refused fault #" + (count + 1) + ": " + response.body());
      }
      count++;
    }
    return count;
  }

  /**
   * Sends an event to every active webhook subscribed to its topic, and waits for the first
   * delivery attempts.
   *
   * @param topic e.g. {@code post.updated}
   * @param item the event's resource as a JSON object, or null for a realistic default
   * @return the emulator's answer: the events made, each with its first attempt
   * @throws IOException when the emulator refuses the event (e.g. an unknown topic)
   */
  public JsonNode sendEvent(String topic, String item) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        json.createObjectNode().put("topic", topic);
    if (item != null) {
      body.set("item", json.readTree(item));
    }
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(baseUrl.resolve("/__emulator/events?wait=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "the emulator refused the event: "
              + json.readTree(response.body())
                  .path("error")
                  .path("message")
                  .asText(response.body()));
    }
    return json.readTree(response.body());
  }

  /**
   * The events made with {@code POST /__emulator/events}, oldest first, each with the first attempt
   * to every webhook it was delivered to and whether a receiver accepted it on its first delivery,
   * and the counts over them.
   *
   * @return the events kept (at most 10,000) and their summary
   * @throws IOException when the emulator cannot be reached or answers something else
   */
  public EmulatorEvents events() throws IOException {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(baseUrl.resolve("/__emulator/events")).GET());
    if (response.statusCode() != 200) {
      throw new IOException("the emulator answered " + response.statusCode());
    }
    return EventsJson.read(json.readTree(response.body()));
  }

  /**
   * Forgets the events that {@link #events()} lists; deliveries, their log and waiting retries go
   * on.
   *
   * @return how many events were forgotten
   * @throws IOException when the emulator cannot be reached or answers something else
   */
  public int clearEvents() throws IOException {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(baseUrl.resolve("/__emulator/events")).DELETE());
    if (response.statusCode() != 200) {
      throw new IOException("the emulator answered " + response.statusCode());
    }
    return json.readTree(response.body()).path("deleted").asInt();
  }

  /**
   * Saves the request log as pretty JSON.
   *
   * @param file where to write it
   * @return how many requests it holds
   * @throws IOException when the log cannot be read or written
   */
  public int saveRequestLog(Path file) throws IOException {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(baseUrl.resolve("/__emulator/requests")).GET());
    if (response.statusCode() != 200) {
      throw new IOException("the emulator answered " + response.statusCode());
    }
    JsonNode log = json.readTree(response.body());
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(log));
    return log.path("requests").size();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
