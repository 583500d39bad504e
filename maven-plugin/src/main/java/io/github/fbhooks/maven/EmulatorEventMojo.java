package io.github.fbhooks.maven;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the emulator send an event: it delivers a signed {@code notification_event} to every active
 * webhook subscribed to the topic, as Featurebase would, and this goal logs each first delivery
 * attempt. For testing receivers and pipelines offline. Unless the emulator was started with {@code
 * allowExternalDeliveries}, webhooks whose URL is not on this machine get nothing, and this goal
 * warns about each.
 *
 * @since 0.1.0
 */
@Mojo(name = "emulator-event", threadSafe = true, requiresProject = false)
public final class EmulatorEventMojo extends AbstractEmulatorMojo {

  /**
   * The emulator; set by {@code emulator-start}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.BASE_URL, required = true)
  String baseUrl;

  /**
   * The event topic, e.g. {@code post.updated}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EVENT_TOPIC, required = true)
  String topic;

  /**
   * A JSON file with the event's resource ({@code data.item}); a realistic default when not set.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EVENT_ITEM)
  File item;

  @Override
  void runEmulatorGoal() {
    try {
      String itemJson = item == null ? null : Files.readString(item.toPath());
      JsonNode answer =
          new EmulatorAdminClient(URI.create(baseUrl.trim())).sendEvent(topic, itemJson);
      JsonNode events = answer.path("events");
      if (events.isEmpty()) {
        getLog().warn("No active webhook is subscribed to " + topic + "; nothing was delivered.");
      }
      for (JsonNode event : events) {
        JsonNode attempt = event.path("firstAttempt");
        if (attempt.path("outcome").asText().equals("refused")) {
          getLog().warn(notDelivered(event));
          continue;
        }
        getLog()
            .info(
                "Event "
                    + event.path("id").asText()
                    + " to webhook '"
                    + event.path("webhookName").asText()
                    + "' at "
                    + event.path("url").asText()
                    + ": "
                    + attempt.path("outcome").asText("pending")
                    + detail(attempt)
                    + ".");
      }
    } catch (IOException e) {
      throw new UserConfigurationException(
          "Could not send the "
              + topic
              + " event to the emulator at "
              + baseUrl
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Why the emulator sent nothing to a webhook outside this machine, and how to allow it. */
  private static String notDelivered(JsonNode event) {
    return "Event "
        + event.path("id").asText()
        + " not delivered to '"
        + event.path("webhookName").asText()
        + "': "
        + origin(event.path("url").asText())
        + " is not a loopback host; start the emulator with --allow-external-deliveries (-D"
        + FeaturebaseProperties.EMULATOR_ALLOW_EXTERNAL_DELIVERIES
        + "=true) to deliver outside this machine.";
  }

  /** {@return e.g. {@code https://example.com}: the scheme, host and port the warning is about} */
  private static String origin(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return "its URL";
    }
  }

  /** The receiver's status, else why the attempt failed (the emulator's words: never a secret). */
  private static String detail(JsonNode attempt) {
    if (attempt.path("status").isNumber()) {
      return " (HTTP " + attempt.path("status").asInt() + ")";
    }
    return attempt.path("error").isTextual() ? " (" + attempt.path("error").asText() + ")" : "";
  }
}
