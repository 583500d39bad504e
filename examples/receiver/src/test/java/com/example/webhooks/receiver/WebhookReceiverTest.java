package com.example.webhooks.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.signature.WebhookSignatures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sends the receiver deliveries signed like Featurebase signs them. */
class WebhookReceiverTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Secret OLD = Secret.of("whsec_exampleoldsecretexampleoldsecret01");
  private static final Secret NEW = Secret.of("whsec_examplenewsecretexamplenewsecret02");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;
  private Path secretsFile;
  private WebhookReceiver receiver;

  @BeforeEach
  void start() throws Exception {
    secretsFile = dir.resolve("webhook.secret");
    Files.writeString(secretsFile, OLD.reveal() + "\n");
    receiver = WebhookReceiver.start(0, Secrets.watching(secretsFile));
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  private int deliver(Secret secret, String eventId) throws Exception {
    return deliver(secret, eventId, System.currentTimeMillis() / 1000);
  }

  private int deliver(Secret secret, String eventId, long timestamp) throws Exception {
    byte[] body =
        ("{\"object\":\"notification_event\",\"id\":\""
                + eventId
                + "\",\"topic\":\"post.created\",\"data\":{\"item\":{\"object\":\"post\"}}}")
            .getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + receiver.port() + WebhookReceiver.PATH))
            .header("Content-Type", "application/json")
            .header("X-Webhook-Timestamp", Long.toString(timestamp))
            .header("X-Webhook-Signature", WebhookSignatures.sign(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void acceptsSignedDeliveriesOnceAndRejectsOthers() throws Exception {
    assertEquals(200, deliver(OLD, "notif_1"));
    assertEquals(200, deliver(OLD, "notif_1"), "a duplicate is acknowledged, not processed");
    assertEquals(401, deliver(NEW, "notif_2"), "a secret the receiver does not know");
    long anHourAgo = System.currentTimeMillis() / 1000 - 3600;
    assertEquals(401, deliver(OLD, "notif_3", anHourAgo), "a replayed delivery");
  }

  @Test
  void aConversationEventIsAboutTheConversationAtItsTopLevel() throws Exception {
    JsonNode conversation =
        JSON
            .readTree(
                "{\"object\":\"notification_event\",\"id\":\"notif_8\","
                    + "\"topic\":\"conversation.admin.replied\",\"webhookId\":\"w1\","
                    + "\"conversationId\":\"c42\",\"conversationUrl\":\"https://x/inbox/c42\","
                    + "\"data\":{\"item\":{\"object\":\"conversation\",\"id\":\"c42\"}}}");
    JsonNode post =
        JSON
            .readTree(
                "{\"id\":\"notif_9\",\"topic\":\"post.created\","
                    + "\"data\":{\"item\":{\"object\":\"post\",\"id\":\"p7\"}}}");

    assertEquals(
        "notif_8: conversation c42 (conversation.admin.replied)",
        WebhookReceiver.describe(conversation));
    assertEquals("notif_9: post p7 (post.created)", WebhookReceiver.describe(post));
  }

  @Test
  void picksUpARotatedSecretFromTheFile() throws Exception {
    assertEquals(401, deliver(NEW, "notif_4"));

    // the deployment writes the new secret first and keeps the previous one for a while
    Files.writeString(secretsFile, NEW.reveal() + "\n" + OLD.reveal() + "\n");

    assertEquals(200, deliver(NEW, "notif_4"));
    assertEquals(200, deliver(OLD, "notif_5"));
  }

  @Test
  void readsTheDotenvOutputOfRotateSecret() throws Exception {
    Files.writeString(
        secretsFile,
        "FEATUREBASE_WEBHOOK_ID=65a1f0c2e4b0a1b2c3d4e5f6\nFEATUREBASE_WEBHOOK_SECRET="
            + NEW.reveal()
            + "\n");

    assertEquals(200, deliver(NEW, "notif_6"));
    assertEquals(401, deliver(OLD, "notif_7"));
  }
}
