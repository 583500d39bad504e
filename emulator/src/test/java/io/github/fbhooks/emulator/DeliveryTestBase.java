package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.signature.VerificationResult;
import io.github.fbhooks.signature.WebhookVerifier;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An emulator with fast retries and a real receiver on loopback. */
abstract class DeliveryTestBase extends EmulatorTestBase {

  /** Retries after 0.6 ms, 36 ms and 216 ms instead of 1 min, 1 h and 6 h. */
  static final double FAST = 0.00001;

  protected TestReceiver receiver;

  @Override
  EmulatorOptions options() {
    return EmulatorOptions.builder().retryScale(FAST).build();
  }

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = new TestReceiver();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  /** Creates a webhook; {@code extra} is more JSON members, e.g. {@code 'description':'x'}. */
  JsonNode webhook(String name, String url, String topics, String extra) throws Exception {
    Reply r =
        api.post(
            "/v2/webhooks",
            Json.of(
                "{'name':'%s','url':'%s','topics':[%s]%s}",
                name, url, topics, extra.isEmpty() ? "" : "," + extra));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  JsonNode webhook(String name) throws Exception {
    return webhook(name, receiver.url(), "'post.created','post.updated'", "");
  }

  /** Sends an event and waits for the first attempts. */
  JsonNode event(String json) throws Exception {
    Reply r = api.admin("POST", "/__emulator/events?wait=true", json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  JsonNode event() throws Exception {
    return event("{\"topic\":\"post.updated\"}");
  }

  JsonNode deliveries(String query) throws Exception {
    Reply r = api.admin("GET", "/__emulator/deliveries" + query, null);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  JsonNode webhookNow(String id) throws Exception {
    return api.get("/v2/webhooks/" + id).json();
  }

  /** {@return the verification of a received delivery against a webhook's secret} */
  VerificationResult verify(TestReceiver.Received delivery, String secret) {
    return WebhookVerifier.of(Secret.of(secret))
        .withClock(java.time.Clock.fixed(clock.instant(), ZoneOffset.UTC))
        .verify(delivery.headerMap(), delivery.body());
  }

  /**
   * Makes the receiver check signatures as a deployed receiver does: 200 when one of these secrets
   * verifies the delivery, else 401.
   */
  void receiverKnows(String... secrets) {
    receiver.respond(
        got -> Arrays.stream(secrets).anyMatch(s -> verify(got, s).isVerified()) ? 200 : 401);
  }

  /** Polls until the condition holds, at most 5 s. */
  static void eventually(ThrowingCondition condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.holds()) {
      assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** A condition that may call the emulator. */
  interface ThrowingCondition {
    boolean holds() throws Exception;
  }
}
