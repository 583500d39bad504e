package it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * The steps of the story that no plugin goal does: giving the receiver a secrets file, writing the
 * webhooks configuration with the receiver's port, deploying the secret apply handed out, and
 * sending events through the emulator's admin API. Prints one "story:" line per step, never a
 * secret; any surprise fails the build.
 */
public final class DeliveryStory {

  /** What the receiver holds until apply has created the webhook and its secret is deployed. */
  static final Secret PLACEHOLDER = Secret.of("whsec_placeholder_until_the_webhook_exists");

  private static final ObjectMapper JSON = JsonMappers.json();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private DeliveryStory() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "prepare" -> writeAtomically(Path.of(args[1]), PLACEHOLDER.reveal() + "\n");
      case "configure" -> configure(Path.of(args[1]), Path.of(args[2]));
      case "deploy" -> deploy(Path.of(args[1]), Path.of(args[2]));
      case "before-rotation" -> beforeRotation(URI.create(args[1]));
      case "after-rotation" ->
          afterRotation(
              URI.create(args[1]),
              Path.of(args[2]),
              Path.of(args[3]),
              Path.of(args[4]),
              Path.of(args[5]));
      default -> throw new IllegalArgumentException("unknown step " + args[0]);
    }
  }

  /** Waits for the receiver's port and writes the webhooks configuration pointing at it. */
  static void configure(Path portFile, Path configFile) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!Files.exists(portFile)) {
      check(System.nanoTime() < deadline, "the receiver did not start within 20 s");
      Thread.sleep(20);
    }
    String url = "http://127.0.0.1:" + Files.readString(portFile).trim() + "/webhooks/featurebase";
    writeAtomically(
        configFile,
        "version: 1\n"
            + "webhooks:\n"
            + "  - name: Receiver Webhook\n"
            + "    url: "
            + url
            + "\n"
            + "    topics: [post.created, post.updated]\n");
    say("the emulator will deliver to the receiver at " + url);
  }

  /** Deploys the secret apply handed out for the new webhook to the receiver. */
  static void deploy(Path applied, Path receiverSecrets) throws Exception {
    Secret secret = Secret.of(Files.readString(applied).trim());
    check(secret.isWellFormedWebhookSecret(), "apply wrote no secret");
    writeAtomically(receiverSecrets, secret.reveal() + "\n");
    say("deployed the secret apply handed out to the receiver");
  }

  static void beforeRotation(URI emulator) throws Exception {
    JsonNode attempt = sendEvent(emulator, "post.created");
    check(attempt.path("outcome").asText().equals("succeeded"), "first event: " + attempt);
    say(
        "event "
            + attempt.get("eventId").asText()
            + " delivered before the rotation: HTTP "
            + attempt.get("status").asInt());
  }

  static void afterRotation(
      URI emulator, Path applied, Path rotated, Path receiverSecrets, Path deliveries)
      throws Exception {
    Secret oldSecret = Secret.of(Files.readString(applied).trim());
    Secret newSecret = Secret.of(Files.readString(rotated).trim());
    check(!newSecret.equals(oldSecret), "rotate-secret wrote the old secret");

    JsonNode rejected = sendEvent(emulator, "post.updated");
    check(rejected.path("status").asInt() == 401, "event after rotation: " + rejected);
    check(
        rejected.path("signedWith").asText().equals(newSecret.fingerprint()),
        "not signed with the new secret: " + rejected);
    say(
        "event "
            + rejected.get("eventId").asText()
            + " signed with the new secret: the receiver with the old secret answered HTTP 401");

    // deploy: the new secret first, the previous one kept for the rotation window
    writeAtomically(receiverSecrets, newSecret.reveal() + "\n" + oldSecret.reveal() + "\n");
    say("deployed the new secret to the receiver, keeping the previous one for the window");

    JsonNode retried = post(emulator, "/__emulator/deliveries/retry?wait=true", null);
    JsonNode retry = retried.at("/retried/0/result");
    check(retried.get("retried").size() == 1, "pending retries: " + retried);
    check(retry.path("outcome").asText().equals("succeeded"), "retry: " + retry);
    check(retry.path("eventId").asText().equals(rejected.get("eventId").asText()), "retry: " + retry);
    say(
        "retry "
            + retry.get("attempt").asInt()
            + " of event "
            + retry.get("eventId").asText()
            + " accepted: HTTP "
            + retry.get("status").asInt());

    JsonNode later = sendEvent(emulator, "post.created");
    check(later.path("outcome").asText().equals("succeeded"), "later event: " + later);
    say("event " + later.get("eventId").asText() + " after the deployment accepted");

    HttpResponse<String> log =
        HTTP.send(
            HttpRequest.newBuilder(emulator.resolve("/__emulator/deliveries")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    writeAtomically(deliveries, log.body());
  }

  /** {@return the first attempt of an event to the one webhook} */
  private static JsonNode sendEvent(URI emulator, String topic) throws Exception {
    JsonNode answer =
        post(emulator, "/__emulator/events?wait=true", "{\"topic\":\"" + topic + "\"}");
    check(answer.get("events").size() == 1, "expected one webhook: " + answer);
    return answer.at("/events/0/firstAttempt");
  }

  private static JsonNode post(URI emulator, String path, String json) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(emulator.resolve(path))
                .timeout(Duration.ofSeconds(40))
                .header("Content-Type", "application/json")
                .POST(
                    json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(response.statusCode() / 100 == 2, path + " answered " + response.statusCode());
    return JSON.readTree(response.body());
  }

  private static void writeAtomically(Path file, String text) throws IOException {
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
