package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.webhook.ApiVersion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeliveryTest extends DeliveryTestBase {

  @Test
  void deliversASignedEventToEveryActiveSubscriber() throws Exception {
    JsonNode first = webhook("First");
    JsonNode second = webhook("Second", receiver.url() + "/2", "'post.updated'", "");
    webhook("Other topic", receiver.url(), "'post.created'", "");
    JsonNode paused = webhook("Paused");
    api.patch("/v2/webhooks/" + paused.get("id").asText(), "{\"status\":\"paused\"}");

    JsonNode answer = event();

    assertThat(answer.get("topic").asText()).isEqualTo("post.updated");
    assertThat(answer.get("events")).hasSize(2);
    assertThat(answer.at("/events/0/webhookId").asText()).isEqualTo(first.get("id").asText());
    assertThat(answer.at("/events/0/webhookName").asText()).isEqualTo("First");
    assertThat(answer.at("/events/1/webhookId").asText()).isEqualTo(second.get("id").asText());
    assertThat(answer.at("/events/0/firstAttempt/outcome").asText()).isEqualTo("succeeded");
    assertThat(answer.at("/events/0/firstAttempt/status").asInt()).isEqualTo(200);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      TestReceiver.Received got = receiver.next();
      JsonNode body = got.json();
      String webhookId = body.get("webhookId").asText();
      String secret =
          (webhookId.equals(first.get("id").asText()) ? first : second).get("secret").asText();
      assertThat(verify(got, secret).isVerified()).as(verify(got, secret).toString()).isTrue();
      assertThat(got.header("Content-Type")).isEqualTo("application/json");
      assertThat(got.header("X-Webhook-Timestamp"))
          .isEqualTo(Long.toString(clock.instant().getEpochSecond()));
      assertThat(got.header("X-Webhook-Signature")).matches("[0-9a-f]{64}");
      ids.add(body.get("id").asText());
    }
    assertThat(ids).hasSize(1).allMatch(id -> id.matches("notif_[0-9a-f]{24}"));
    assertThat(receiver.waiting()).isZero();
  }

  @Test
  void oneEventCarriesOneIdToEveryWebhookAndTheLogFindsEachDelivery() throws Exception {
    String a = webhook("Old twin").get("id").asText();
    String b = webhook("New twin").get("id").asText();

    JsonNode answer = event();
    JsonNode first = receiver.next().json();
    JsonNode second = receiver.next().json();

    String id = answer.get("id").asText();
    assertThat(id).matches("notif_[0-9a-f]{24}");
    assertThat(answer.findValuesAsText("id")).containsExactly(id, id, id);
    assertThat(first.get("id").asText()).isEqualTo(id);
    assertThat(second.get("id").asText()).isEqualTo(id);
    assertThat(List.of(first.get("webhookId").asText(), second.get("webhookId").asText()))
        .containsExactlyInAnyOrder(a, b);
    assertThat(deliveries("?eventId=" + id).get("deliveries")).hasSize(2);
    JsonNode toB = deliveries("?eventId=" + id + "&webhookId=" + b).get("deliveries");
    assertThat(toB).hasSize(1);
    assertThat(toB.get(0).get("webhookId").asText()).isEqualTo(b);
  }

  @Test
  void theEnvelopeIsTheDocumentedOne() throws Exception {
    JsonNode hook = webhook("Envelope");

    event();
    JsonNode body = receiver.next().json();

    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly(
            "object",
            "id",
            "topic",
            "organizationId",
            "webhookId",
            "createdAt",
            "deliveryStatus",
            "data");
    assertThat(body.get("object").asText()).isEqualTo("notification_event");
    assertThat(body.get("topic").asText()).isEqualTo("post.updated");
    assertThat(body.get("webhookId").asText()).isEqualTo(hook.get("id").asText());
    assertThat(body.get("organizationId").asText()).matches("[0-9a-f]{24}");
    assertThat(body.get("createdAt").asText()).isEqualTo("2026-03-01T10:00:30.250Z");
    JsonNode data = body.get("data");
    assertThat(data.get("object").asText()).isEqualTo("notification_event_data");
    assertThat(data.at("/item/object").asText()).isEqualTo("post");
    assertThat(data.at("/item/title").asText()).isNotBlank();
    assertThat(data.at("/changes/0/field").asText()).isEqualTo("title");
    assertThat(data.at("/changes/0").has("oldValue")).isTrue();
    assertThat(data.at("/changes/0").has("newValue")).isTrue();
    assertThat(data.has("conversationId")).isFalse();
    assertThat(body.has("conversationId")).isFalse();
  }

  @Test
  void createdEventsHaveNoChangesAndConversationsHaveTheirIds() throws Exception {
    webhook("Mixed", receiver.url(), "'post.created','conversation.admin.replied'", "");

    event("{\"topic\":\"post.created\",\"item\":{\"object\":\"post\",\"id\":\"p1\",\"t\":\"ü\"}}");
    JsonNode created = receiver.next().json();
    event("{\"topic\":\"conversation.admin.replied\"}");
    JsonNode conversation = receiver.next().json();

    assertThat(created.get("data").has("changes")).isFalse();
    assertThat(created.at("/data/item").toString())
        .isEqualTo("{\"object\":\"post\",\"id\":\"p1\",\"t\":\"ü\"}");
    assertThat(created.has("conversationId")).isFalse();
    assertThat(created.has("conversationUrl")).isFalse();
    // reference §5: at the top level of the envelope, beside webhookId, not inside data
    assertThat(conversation.fieldNames())
        .toIterable()
        .containsExactly(
            "object",
            "id",
            "topic",
            "organizationId",
            "webhookId",
            "conversationId",
            "conversationUrl",
            "createdAt",
            "deliveryStatus",
            "data");
    String conversationId = conversation.get("conversationId").asText();
    assertThat(conversationId).isEqualTo(conversation.at("/data/item/id").asText());
    assertThat(conversation.get("conversationUrl").asText()).endsWith("/" + conversationId);
    assertThat(conversation.get("data").fieldNames())
        .toIterable()
        .containsExactly("object", "item");
  }

  @Test
  void aConversationPartEventNamesItsConversationAtTheTopLevel() throws Exception {
    webhook("Parts", receiver.url(), "'conversation_part.redacted'", "");

    event(
        "{\"topic\":\"conversation_part.redacted\",\"item\":{\"object\":\"conversation_part\","
            + "\"id\":\"part1\",\"conversationId\":\"conv42\"}}");
    JsonNode part = receiver.next().json();

    assertThat(part.get("conversationId").asText()).isEqualTo("conv42");
    assertThat(part.get("conversationUrl").asText()).endsWith("/conv42");
    assertThat(part.get("data").has("conversationId")).isFalse();
  }

  @Test
  void dataItemFollowsTheWorkspaceDefaultVersionNotTheRequestHeader() throws Exception {
    assertThat(event().get("itemVersion").asText()).isEqualTo("2026-01-01.nova");
    restart(options().toBuilder().defaultVersion(ApiVersion.ORBIT).build());
    // the webhook is created with Featurebase-Version: 2026-01-01.nova
    webhook("Versioned");

    JsonNode answer = event();

    // reference §5: the workspace's default version, not the request's nor the webhook's
    assertThat(answer.get("itemVersion").asText()).isEqualTo("2026-08-19.orbit");
    assertThat(receiver.next().json().at("/data/item/object").asText()).isEqualTo("post");
  }

  @Test
  void aCloverWorkspaceNeedsTheItemGiven() throws Exception {
    restart(options().toBuilder().defaultVersion(ApiVersion.CLOVER).build());
    webhook("Old workspace");

    Reply made = api.admin("POST", "/__emulator/events", "{\"topic\":\"post.created\"}");
    JsonNode given =
        event("{\"topic\":\"post.created\",\"item\":{\"object\":\"post\",\"id\":\"p1\"}}");

    assertThat(made.status()).isEqualTo(400);
    assertThat(made.error().get("param").asText()).isEqualTo("item");
    assertThat(made.error().get("message").asText())
        .startsWith("data.item follows the workspace's default API version, 2025-12-12.clover");
    assertThat(given.get("itemVersion").asText()).isEqualTo("2025-12-12.clover");
    assertThat(receiver.next().json().at("/data/item/id").asText()).isEqualTo("p1");
  }

  @Test
  void deliveriesOutsideThisMachineAreRefusedUnlessAllowed() throws Exception {
    // 0.0.0.0 is no loopback host by name, yet a connection to it reaches this machine, so the
    // socket below sees whether the emulator tried
    try (ServerSocket outside = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = new AtomicInteger();
      Thread acceptor =
          new Thread(
              () -> {
                while (!outside.isClosed()) {
                  try {
                    Socket s = outside.accept();
                    connections.incrementAndGet();
                    s.close();
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "https://0.0.0.0:" + outside.getLocalPort() + "/hook";
      String id = webhook("Outside", url, "'post.updated'", "").get("id").asText();
      webhook("Local");

      JsonNode events = event().get("events");

      JsonNode refused = events.get(0).get("firstAttempt");
      assertThat(refused.get("outcome").asText()).isEqualTo("refused");
      assertThat(refused.get("error").asText())
          .isEqualTo(
              "https://0.0.0.0:"
                  + outside.getLocalPort()
                  + " is not a loopback host; start the emulator with"
                  + " --allow-external-deliveries to deliver outside this machine");
      assertThat(refused.get("status").isNull()).isTrue();
      assertThat(refused.get("nextAttemptAt").isNull()).isTrue();
      assertThat(events.get(1).at("/firstAttempt/outcome").asText()).isEqualTo("succeeded");
      assertThat(deliveries("").get("pendingRetries")).isEmpty();
      JsonNode untouched = webhookNow(id);
      assertThat(untouched.get("lastStatus").isNull()).isTrue();
      assertThat(untouched.at("/health/consecutiveFailures").asInt()).isZero();
      Thread.sleep(100);
      assertThat(connections.get()).as("connections to the outside host").isZero();

      restart(options().toBuilder().allowExternalDeliveries(true).build());
      webhook("Outside", url, "'post.updated'", "");

      JsonNode tried = event().at("/events/0/firstAttempt");

      assertThat(tried.get("outcome").asText()).isEqualTo("failed");
      eventually(() -> connections.get() > 0);
    }
  }

  @Test
  void givenChangesAreSentAsGiven() throws Exception {
    webhook("Changes");

    event(
        "{\"topic\":\"post.updated\",\"changes\":[{\"field\":\"status\",\"oldValue\":\"open\","
            + "\"newValue\":\"closed\"}]}");

    assertThat(receiver.next().json().at("/data/changes").toString())
        .isEqualTo("[{\"field\":\"status\",\"oldValue\":\"open\",\"newValue\":\"closed\"}]");
  }

  @Test
  void customHeadersAreSentButCannotReplaceTheSignature() throws Exception {
    webhook(
        "Headers",
        receiver.url(),
        "'post.updated'",
        "'requestConfig':{'headers':{'Authorization':'Bearer receiver-token',"
            + "'X-Tenant':'acme','X-Webhook-Signature':'forged','Content-Type':'text/plain'}}");

    event();
    TestReceiver.Received got = receiver.next();

    assertThat(got.header("Authorization")).isEqualTo("Bearer receiver-token");
    assertThat(got.header("X-Tenant")).isEqualTo("acme");
    assertThat(got.header("X-Webhook-Signature")).matches("[0-9a-f]{64}");
    assertThat(got.headers().get("X-Webhook-Signature")).hasSize(1);
    assertThat(got.header("Content-Type")).isEqualTo("application/json");
    assertThat(deliveries("").toString()).doesNotContain("receiver-token").doesNotContain("acme");
  }

  @Test
  void anEventWithoutSubscribersGoesNowhere() throws Exception {
    webhook("Posts only");

    JsonNode answer = event("{\"topic\":\"changelog.published\"}");

    assertThat(answer.get("events")).isEmpty();
    assertThat(deliveries("").get("deliveries")).isEmpty();
  }

  @Test
  void withoutWaitTheAnswerComesAtOnceAndTheDeliveryFollows() throws Exception {
    webhook("Async");

    Reply r = api.admin("POST", "/__emulator/events", "{\"topic\":\"post.created\"}");

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().at("/events/0").has("firstAttempt")).isFalse();
    assertThat(receiver.next().json().get("topic").asText()).isEqualTo("post.created");
  }

  @Test
  void badEventRequestsAreRefused() throws Exception {
    assertThat(
            api.admin("POST", "/__emulator/events", "{\"topic\":\"post.upvoted\"}")
                .error()
                .get("code")
                .asText())
        .isEqualTo("invalid_parameter");
    assertThat(api.admin("POST", "/__emulator/events", "{}").error().get("code").asText())
        .isEqualTo("missing_parameter");
    assertThat(
            api.admin("POST", "/__emulator/events", "{\"topic\":\"post.created\",\"x\":1}")
                .error()
                .get("code")
                .asText())
        .isEqualTo("parameter_not_supported");
    assertThat(
            api.admin(
                    "POST",
                    "/__emulator/events",
                    "{\"topic\":\"post.created\",\"changes\":[{\"field\":\"a\"}]}")
                .error()
                .get("message")
                .asText())
        .contains("update events only");
    assertThat(
            api.admin("POST", "/__emulator/events", "{\"topic\":\"post.created\",\"item\":1}")
                .status())
        .isEqualTo(400);
    assertThat(
            api.admin("POST", "/__emulator/events?wait=maybe", "{\"topic\":\"post.created\"}")
                .status())
        .isEqualTo(400);
    assertThat(api.admin("GET", "/__emulator/deliveries?x=1", null).status()).isEqualTo(400);
  }

  @Test
  void theDeliveryLogShowsAttemptsWithoutSecretsOrSignatures() throws Exception {
    JsonNode hook = webhook("Logged");

    event();
    TestReceiver.Received got = receiver.next();
    JsonNode log = deliveries("?webhookId=" + hook.get("id").asText());

    JsonNode attempt = log.at("/deliveries/0");
    assertThat(log.get("deliveries")).hasSize(1);
    assertThat(attempt.get("eventId").asText()).isEqualTo(got.json().get("id").asText());
    assertThat(attempt.get("webhookId").asText()).isEqualTo(hook.get("id").asText());
    assertThat(attempt.get("url").asText()).isEqualTo(receiver.url());
    assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
    assertThat(attempt.get("outcome").asText()).isEqualTo("succeeded");
    assertThat(attempt.get("status").asInt()).isEqualTo(200);
    assertThat(attempt.get("latencyMs").isIntegralNumber()).isTrue();
    assertThat(attempt.get("error").isNull()).isTrue();
    assertThat(attempt.get("signedWith").asText()).matches("sha256:[0-9a-f]{8}");
    assertThat(attempt.get("nextAttemptAt").isNull()).isTrue();
    assertThat(log.toString())
        .doesNotContain(hook.get("secret").asText())
        .doesNotContain("whsec_")
        .doesNotContain(got.header("X-Webhook-Signature"));
    assertThat(deliveries("?eventId=notif_000000000000000000000000").get("deliveries")).isEmpty();
    assertThat(api.admin("DELETE", "/__emulator/deliveries", null).json().get("deleted").asInt())
        .isEqualTo(1);
    assertThat(deliveries("").get("deliveries")).isEmpty();
  }
}
