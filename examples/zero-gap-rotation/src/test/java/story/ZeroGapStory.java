package story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of the rotation story that no plugin goal does: give the receiver a secrets file, point
 * the webhooks configuration at it, deploy secrets to it (as a deployment would), send events
 * through the emulator's admin API, and ask the emulator how many events were accepted on their
 * first delivery. Prints one "story:" line per step, never a secret.
 */
public final class ZeroGapStory {

  private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9_\\-]+");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private ZeroGapStory() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "prepare" -> prepare(Path.of(args[1]), Path.of(args[2]));
      case "configure" -> configure(Path.of(args[1]), Path.of(args[2]));
      case "deploy" -> deploy(Path.of(args[1]), Path.of(args[2]), args[3]);
      case "events" -> events(URI.create(args[1]), Integer.parseInt(args[2]), args[3]);
      case "report" -> report(URI.create(args[1]), args[2], Path.of(args[3]));
      default -> throw new IllegalArgumentException("unknown step " + args[0]);
    }
  }

  /**
   * Gives the receiver a secrets file to start with, and forgets the port of an earlier run's
   * receiver, so that configure waits for this run's.
   */
  static void prepare(Path receiverSecrets, Path portFile) throws Exception {
    Files.deleteIfExists(portFile);
    write(receiverSecrets, "whsec_placeholder_until_the_webhook_exists\n");
  }

  /** Waits for the receiver's port and writes the webhooks configuration pointing at it. */
  static void configure(Path portFile, Path configFile) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!Files.exists(portFile)) {
      check(System.nanoTime() < deadline, "the receiver did not start within 20 s");
      Thread.sleep(20);
    }
    String url = "http://127.0.0.1:" + Files.readString(portFile).trim() + "/webhooks/featurebase";
    write(
        configFile,
        "version: 1\nwebhooks:\n  - name: Receiver Webhook\n    url: "
            + url
            + "\n    topics: [post.created, post.updated]\n");
    say("the emulator will deliver to the receiver at " + url);
  }

  /** Deploys every secret of a secret file (raw or dotenv) to the receiver, as a deployment would. */
  static void deploy(Path from, Path receiverSecrets, String what) throws Exception {
    List<String> secrets = new ArrayList<>();
    Matcher matcher = SECRET.matcher(Files.readString(from));
    while (matcher.find()) {
      secrets.add(matcher.group());
    }
    check(!secrets.isEmpty(), from + " holds no secret");
    write(receiverSecrets, String.join("\n", secrets) + "\n");
    say("deployed " + what + " to the receiver (" + secrets.size() + " secret(s))");
  }

  /** Sends events and says, for each, whether a first delivery of it was accepted. */
  static void events(URI emulator, int count, String when) throws Exception {
    for (int i = 0; i < count; i++) {
      JsonNode answer =
          post(emulator, "/__emulator/events?wait=true", "{\"topic\":\"post.updated\"}");
      boolean accepted = false;
      List<String> attempts = new ArrayList<>();
      for (JsonNode delivery : answer.path("events")) {
        JsonNode first = delivery.path("firstAttempt");
        accepted |= first.path("outcome").asText().equals("succeeded");
        attempts.add(first.path("status").asText());
      }
      say(
          "event "
              + answer.path("id").asText()
              + " "
              + when
              + ": "
              + (accepted ? "accepted" : "NOT accepted")
              + " on its first delivery (HTTP "
              + String.join(", ", attempts)
              + ")");
    }
  }

  /** Asks the emulator how many events were accepted on their first delivery, and keeps it. */
  static void report(URI emulator, String strategy, Path file) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(emulator.resolve("/__emulator/events")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    check(answer.statusCode() == 200, "/__emulator/events answered " + answer.statusCode());
    JsonNode summary = JSON.readTree(answer.body()).path("summary");
    write(file, summary.toString() + "\n");
    say(
        strategy
            + " rotation: "
            + summary.path("acceptedOnFirstDelivery").asInt()
            + " of "
            + summary.path("events").asInt()
            + " events accepted on their first delivery");
  }

  private static JsonNode post(URI emulator, String path, String json) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(emulator.resolve(path))
                .timeout(Duration.ofSeconds(40))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response.statusCode() / 100 == 2, path + " answered " + response.statusCode());
    return JSON.readTree(response.body());
  }

  private static void write(Path file, String text) throws Exception {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    Files.writeString(tmp, text);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void check(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException("story failed: " + problem);
    }
  }

  private static void say(String line) {
    System.out.println("story: " + line);
  }
}
