package io.github.fbhooks.rotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.contract.TestTransport;
import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretDocument;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rotation protocol against the emulator, with its faults standing in for a flaky network. */
class SecretRotatorTest {

  private static final String ID = "507f1f77bcf86cd799439011";
  private static final String OLD = "whsec_seededsecretthatmustberotated0001";
  private static final Secret KEY = Secret.of("sk_test_rotator_key");

  @TempDir Path dir;

  private Emulator emulator;
  private EmulatorAdminClient admin;
  private FeaturebaseClient client;
  private final List<String> logLines = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        """
        {"webhooks":[
          {"id":"%s","name":"Production Webhook","url":"https://example.com/hook",
           "topics":["post.created"],"secret":"%s"},
          {"id":"507f1f77bcf86cd799439012","name":"Twin","url":"https://example.com/a",
           "topics":["post.created"]},
          {"id":"507f1f77bcf86cd799439013","name":"Twin","url":"https://example.com/b",
           "topics":["post.created"]}]}
        """
            .formatted(ID, OLD));
    emulator = Emulator.start(EmulatorOptions.builder().apiKey(KEY).seedFile(seed).build());
    admin = new EmulatorAdminClient(emulator.baseUrl());
    client =
        FeaturebaseClient.create(
            ClientSettings.builder(emulator.baseUrl(), KEY)
                .readTimeout(Duration.ofSeconds(2))
                .transport(TestTransport.current())
                .build(),
            log());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private SecretRotator rotator() {
    return new SecretRotator(client, log(), Clock.systemUTC(), duration -> {});
  }

  private SecretRotator rotator(IntentJournal journal) {
    return new SecretRotator(client, log(), journal, Clock.systemUTC(), duration -> {});
  }

  private IntentJournal journal() {
    return IntentJournal.in(dir.resolve("intents"), BuildLog.NONE);
  }

  /** The marker a run leaves just before it sends the rotation, as a crash would leave it. */
  private void interruptedRotation(IntentJournal journal) throws IOException {
    journal.record(
        IntentJournal.Kind.ROTATE,
        client.settings().baseUrl(),
        ID,
        "Production Webhook",
        Optional.of(Secret.of(OLD).fingerprint()));
  }

  private boolean markerLeft() throws IOException {
    Path intents = dir.resolve("intents");
    if (!Files.isDirectory(intents)) {
      return false;
    }
    try (var files = Files.list(intents)) {
      return files.findAny().isPresent();
    }
  }

  private FileSecretSink file(String name) {
    return new FileSecretSink(
        dir.resolve(name), SecretFormat.RAW, "p", new OwnerOnlyFiles(BuildLog.NONE));
  }

  private RotationRequest request(WebhookSelector selector, SecretSink... sinks) {
    return new RotationRequest(selector, List.of(sinks), false);
  }

  private String liveSecret() {
    return client.get(ID).secret().reveal();
  }

  private List<JsonNode> rotations() throws IOException {
    Path saved = dir.resolve("requests.json");
    admin.saveRequestLog(saved);
    List<JsonNode> rotations = new ArrayList<>();
    for (JsonNode request : JsonMappers.json().readTree(saved.toFile()).path("requests")) {
      if (request.path("method").asText().equals("POST")
          && request.path("path").asText().endsWith("/secret")) {
        rotations.add(request);
      }
    }
    return rotations;
  }

  @Test
  void rotatesOnceAndWritesTheLiveSecret() throws IOException {
    RotationResult result = rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt")));

    String written = Files.readString(dir.resolve("s.txt")).trim();
    assertThat(written).startsWith("whsec_").isNotEqualTo(OLD).isEqualTo(liveSecret());
    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.ROTATED);
    assertThat(result.rotateCalls()).isEqualTo(1);
    assertThat(result.oldFingerprint()).isEqualTo(Secret.of(OLD).fingerprint());
    assertThat(result.newFingerprint()).isEqualTo(Secret.of(written).fingerprint());
    assertThat(rotations()).hasSize(1);
  }

  @Test
  void aLostResponseIsReadBackAndNotRotatedAgain() throws IOException {
    admin.addFaults("{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"drop\"}");

    RotationResult result = rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt")));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.ROTATED_RESPONSE_LOST);
    assertThat(Files.readString(dir.resolve("s.txt")).trim())
        .isNotEqualTo(OLD)
        .isEqualTo(liveSecret());
    assertThat(rotations()).hasSize(1);
  }

  @Test
  void aServerErrorBeforeProcessingIsRetriedOnce() throws IOException {
    admin.addFaults(
        "{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"respond\","
            + "\"status\":503,\"body\":\"<html>Service Unavailable</html>\","
            + "\"contentType\":\"text/html\"}");

    RotationResult result = rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt")));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.ROTATED);
    assertThat(result.rotateCalls()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("s.txt")).trim()).isEqualTo(liveSecret());
    assertThat(rotations()).extracting(r -> r.path("status").asInt()).containsExactly(503, 200);
  }

  @Test
  void givesUpAfterThreeUnprocessedAttemptsAndSaysTheOldSecretStillWorks() throws IOException {
    admin.addFaults(
        "{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"disconnect\","
            + "\"times\":5}");

    assertThatThrownBy(() -> rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt"))))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("was not rotated: 3 rotation requests had no clear answer")
        .hasMessageContaining("showed the old secret unchanged, so the old secret still works")
        .hasMessageNotContaining("may have")
        .hasMessageNotContaining("export-secret")
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.NOT_ROTATED));
    assertThat(liveSecret()).isEqualTo(OLD);
    assertThat(dir.resolve("s.txt")).doesNotExist();
  }

  @Test
  void aRotationInterruptedAfterItTookEffectIsHandedOutNotRepeated() throws IOException {
    IntentJournal journal = journal();
    interruptedRotation(journal);
    client.refreshSecret(ID); // the interrupted run's rotation landed; its secret reached no one

    RotationResult result = rotator(journal).rotate(request(WebhookSelector.byId(ID), file("s")));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.HANDED_OUT_AFTER_INTERRUPTION);
    assertThat(rotations()).hasSize(1);
    assertThat(Files.readString(dir.resolve("s")).trim()).isEqualTo(liveSecret());
    assertThat(markerLeft()).isFalse();
    assertThat(logLines)
        .anyMatch(l -> l.contains("was interrupted after the rotation took effect"));
  }

  @Test
  void rotateAnewRotatesEvenAfterAnInterruptedRotationTookEffect() throws IOException {
    IntentJournal journal = journal();
    interruptedRotation(journal);
    client.refreshSecret(ID);
    RotationRequest anew =
        new RotationRequest(WebhookSelector.byId(ID), List.of(file("s")), false, true);

    RotationResult result = rotator(journal).rotate(anew);

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.ROTATED);
    assertThat(rotations()).hasSize(2);
    assertThat(Files.readString(dir.resolve("s")).trim()).isEqualTo(liveSecret());
    assertThat(markerLeft()).isFalse();
  }

  @Test
  void aRotationInterruptedBeforeItTookEffectIsSimplyDone() throws IOException {
    IntentJournal journal = journal();
    interruptedRotation(journal);

    RotationResult result = rotator(journal).rotate(request(WebhookSelector.byId(ID), file("s")));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.ROTATED);
    assertThat(rotations()).hasSize(1);
    assertThat(markerLeft()).isFalse();
  }

  @Test
  void anUnknownOutcomeLeavesItsMarkerAndTheNextRunHandsTheSecretOut() throws IOException {
    IntentJournal journal = journal();
    admin.addFaults(
        "[{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"drop\"},"
            + "{\"method\":\"GET\",\"path\":\"/v2/webhooks/*\",\"times\":1,"
            + "\"action\":\"respond\",\"status\":404}]");
    RotationRequest byName = request(WebhookSelector.byName("Production Webhook"), file("s"));

    assertThatThrownBy(() -> rotator(journal).rotate(byName))
        .isInstanceOf(RotationException.class)
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.UNKNOWN));
    assertThat(markerLeft()).isTrue();

    RotationResult next = rotator(journal).rotate(byName);

    assertThat(next.outcome()).isEqualTo(RotationResult.Outcome.HANDED_OUT_AFTER_INTERRUPTION);
    assertThat(rotations()).as("the dropped rotation was the only one").hasSize(1);
    assertThat(Files.readString(dir.resolve("s")).trim()).isEqualTo(liveSecret());
    assertThat(markerLeft()).isFalse();
  }

  @Test
  void anotherRunRotatingAfterTheOutputsWereWrittenFailsInsteadOfSucceeding() {
    SecretSink rival = rival();

    assertThatThrownBy(() -> rotator().rotate(request(WebhookSelector.byId(ID), rival)))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("was written to an output, after which another pipeline rotates,")
        .hasMessageContaining("another run rotated it meanwhile")
        .hasMessageContaining("'export-secret with webhookId=" + ID + "'")
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.STALE_OUTPUT));
  }

  @Test
  void threeServerErrorsSayExactlyWhatIsKnown() throws IOException {
    admin.addFaults(
        "{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"respond\","
            + "\"status\":503,\"times\":5}");

    assertThatThrownBy(() -> rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt"))))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("(the last: 503 ")
        .hasMessageContaining("so the old secret still works")
        .hasMessageNotContaining("may have")
        .hasMessageNotContaining("may already");
    assertThat(liveSecret()).isEqualTo(OLD);
  }

  @Test
  void anAnswerForAnotherWebhookIsSettledByReadingBackNeverWritten() throws IOException {
    String other =
        """
        {"object":"webhook","id":"507f1f77bcf86cd799439012","name":"Twin",
         "url":"https://example.com/a","secret":"whsec_not_the_asked_for_webhooks",
         "topics":["post.created"],"status":"active"}
        """;
    admin.addFaults(
        JsonMappers.json()
            .createObjectNode()
            .put("method", "POST")
            .put("path", "/v2/webhooks/*/secret")
            .put("action", "respond")
            .put("status", 200)
            .put("body", other)
            .toString());
    Path env = dir.resolve("s.env");
    FileSecretSink dotenv =
        new FileSecretSink(env, SecretFormat.DOTENV, "p", new OwnerOnlyFiles(BuildLog.NONE));

    RotationResult result = rotator().rotate(request(WebhookSelector.byId(ID), dotenv));

    assertThat(result.webhookId()).isEqualTo(ID);
    assertThat(result.rotateCalls()).as("read back unchanged, so rotated once more").isEqualTo(2);
    assertThat(Files.readString(env))
        .contains("FEATUREBASE_WEBHOOK_ID=" + ID)
        .contains("FEATUREBASE_WEBHOOK_SECRET=" + liveSecret())
        .doesNotContain("whsec_not_the_asked_for_webhooks")
        .doesNotContain("507f1f77bcf86cd799439012");
    assertThat(logLines).anyMatch(l -> l.contains("the answer was for another webhook"));
  }

  @Test
  void whenReadingBackFailsTooTheOutcomeIsUnknownAndNothingIsWritten() throws IOException {
    admin.addFaults(
        "[{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"drop\"},"
            + "{\"method\":\"GET\",\"path\":\"/v2/webhooks/*\",\"action\":\"respond\","
            + "\"status\":404,\"body\":\"{\\\"error\\\":{\\\"type\\\":\\\"invalid_request_error\\\","
            + "\\\"code\\\":\\\"webhook_not_found\\\",\\\"message\\\":\\\"gone\\\",\\\"status\\\":404}}\"}]");
    // the pre-flight GET consumes nothing: the GET fault only matches after the POST was dropped
    RotationRequest request = request(WebhookSelector.byName("Production Webhook"), file("s.txt"));

    assertThatThrownBy(() -> rotator().rotate(request))
        .isInstanceOf(RotationException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).as("the read-back's failure").hasSize(1))
        .hasMessageContaining("The old secret may already be invalid")
        .hasMessageContaining("'export-secret with webhookId=" + ID + "'")
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.UNKNOWN));
    assertThat(dir.resolve("s.txt")).doesNotExist();
  }

  @Test
  void aMalformedSecretInTheAnswerIsNeverWrittenTheLiveOneIsReadBack() throws IOException {
    ObjectNode answer =
        JsonMappers.json()
            .createObjectNode()
            .put("object", "webhook")
            .put("id", ID)
            .put("name", "Production Webhook")
            .put("secret", "not-a-secret");
    answer.putArray("topics").add("post.created");
    ObjectNode fault =
        JsonMappers.json()
            .createObjectNode()
            .put("method", "POST")
            .put("path", "/v2/webhooks/*/secret")
            .put("action", "respond")
            .put("status", 200)
            .put("body", answer.toString());
    admin.addFaults(fault.toString());

    RotationResult result = rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt")));

    assertThat(result.rotateCalls()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("s.txt")).trim())
        .isEqualTo(liveSecret())
        .isNotEqualTo("not-a-secret");
    assertThat(logLines).anyMatch(l -> l.contains("the answer held a malformed secret"));
  }

  @Test
  void aMalformedSecretReadBackIsNeverWritten() throws IOException {
    ObjectNode answer =
        JsonMappers.json()
            .createObjectNode()
            .put("object", "webhook")
            .put("id", ID)
            .put("name", "Production Webhook")
            .put("secret", "whsec_but spaces\tand tabs");
    answer.putArray("topics").add("post.created");
    ArrayNode faults = JsonMappers.json().createArrayNode();
    faults
        .addObject()
        .put("method", "POST")
        .put("path", "/v2/webhooks/*/secret")
        .put("action", "drop");
    faults
        .addObject()
        .put("method", "GET")
        .put("path", "/v2/webhooks/*")
        .put("action", "respond")
        .put("status", 200)
        .put("body", answer.toString());
    admin.addFaults(faults.toString());
    RotationRequest request = request(WebhookSelector.byName("Production Webhook"), file("s.txt"));

    assertThatThrownBy(() -> rotator().rotate(request))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("a malformed secret")
        .hasMessageContaining("Nothing was written")
        .hasMessageNotContaining("spaces");
    assertThat(dir.resolve("s.txt")).doesNotExist();
  }

  @Test
  void aRejectedRotationIsNotRetried() throws IOException {
    admin.addFaults(
        "{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"respond\","
            + "\"status\":403,\"body\":\"{\\\"error\\\":{\\\"type\\\":\\\"authorization_error\\\","
            + "\\\"code\\\":\\\"forbidden\\\",\\\"message\\\":\\\"plan\\\",\\\"status\\\":403}}\"}");

    assertThatThrownBy(() -> rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt"))))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("was not rotated; the old secret still works");
    assertThat(rotations()).hasSize(1);
    assertThat(liveSecret()).isEqualTo(OLD);
  }

  @Test
  void aFailingPreflightRotatesNothing() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("occupied"));
    FileSecretSink sink =
        new FileSecretSink(directory, SecretFormat.RAW, "p", new OwnerOnlyFiles(BuildLog.NONE));

    assertThatThrownBy(() -> rotator().rotate(request(WebhookSelector.byId(ID), sink)))
        .isInstanceOf(SecretOutputException.class);
    assertThat(rotations()).isEmpty();
    assertThat(liveSecret()).isEqualTo(OLD);
  }

  @Test
  void anOutputFailingAfterTheRotationDoesNotStopTheOthers() throws IOException {
    SecretSink failing = TestSinks.broken();

    assertThatThrownBy(
            () -> rotator().rotate(request(WebhookSelector.byId(ID), failing, file("s.txt"))))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("was rotated, but the secret could not be written to a broken output")
        .hasMessageContaining("It was written to file")
        .hasMessageContaining("'export-secret with webhookId=" + ID + "'");
    assertThat(Files.readString(dir.resolve("s.txt")).trim()).isEqualTo(liveSecret());
  }

  @Test
  void dryRunChecksButChangesNothing() throws IOException {
    RotationResult result =
        rotator()
            .rotate(new RotationRequest(WebhookSelector.byId(ID), List.of(file("s.txt")), true));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.DRY_RUN);
    assertThat(dir.resolve("s.txt")).doesNotExist();
    assertThat(rotations()).isEmpty();
    assertThat(liveSecret()).isEqualTo(OLD);
  }

  @Test
  void exportWritesTheCurrentSecret() throws IOException {
    RotationResult result =
        rotator().export(request(WebhookSelector.byName("Production Webhook"), file("s.txt")));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.EXPORTED);
    assertThat(Files.readString(dir.resolve("s.txt")).trim()).isEqualTo(OLD);
    assertThat(rotations()).isEmpty();
  }

  @Test
  void unknownNamesListTheWebhooksThatExist() {
    assertThatThrownBy(
            () ->
                rotator().rotate(request(WebhookSelector.byName("production webhook"), file("s"))))
        .isInstanceOf(WebhookSelectionException.class)
        .hasMessageContaining("No webhook named 'production webhook'")
        .hasMessageContaining("Did you mean 'Production Webhook'?")
        .hasMessageContaining("'Production Webhook' (" + ID + ")");
  }

  @Test
  void ambiguousNamesAskForTheId() {
    assertThatThrownBy(() -> rotator().rotate(request(WebhookSelector.byName("Twin"), file("s"))))
        .isInstanceOf(WebhookSelectionException.class)
        .hasMessageContaining("507f1f77bcf86cd799439012, 507f1f77bcf86cd799439013")
        .hasMessageContaining("webhookId=<id>");
  }

  @Test
  void unknownIdsSaySo() {
    assertThatThrownBy(
            () ->
                rotator()
                    .rotate(request(WebhookSelector.byId("0123456789abcdef01234567"), file("s"))))
        .isInstanceOf(WebhookSelectionException.class)
        .hasMessageContaining("No webhook with id 0123456789abcdef01234567");
  }

  @Test
  void logsNeitherTheKeyNorAnySecret() throws IOException {
    admin.addFaults("{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"drop\"}");
    rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt")));
    String secret = Files.readString(dir.resolve("s.txt")).trim();

    assertThat(logLines).isNotEmpty();
    assertThat(String.join("\n", logLines))
        .doesNotContain(secret)
        .doesNotContain(OLD)
        .doesNotContain(KEY.reveal())
        .contains(Secret.of(secret).fingerprint());
  }

  /** An output that records what the protocol asks of it, and the live secret at each step. */
  private final class RecordingSink implements SecretSink {
    final List<String> calls = new ArrayList<>();
    String written;

    private String live() {
      return liveSecret().equals(OLD) ? "old" : "new";
    }

    @Override
    public String describe() {
      return "a recording output";
    }

    @Override
    public void check() {
      calls.add("check");
    }

    @Override
    public void prepare() {
      calls.add("prepare while " + live());
    }

    @Override
    public void write(SecretDocument document) {
      calls.add("write while " + live());
      written = document.secret().reveal();
    }

    @Override
    public void release() {
      calls.add("release");
    }
  }

  private static ObjectNode webhookAnswer(String id, String secret) {
    ObjectNode answer =
        JsonMappers.json()
            .createObjectNode()
            .put("object", "webhook")
            .put("id", id)
            .put("name", "Production Webhook")
            .put("url", "https://example.com/hook")
            .put("secret", secret)
            .put("status", "active");
    answer.putArray("topics").add("post.created");
    return answer;
  }

  private void answerRotationsWith(ObjectNode answer) throws IOException {
    admin.addFaults(
        JsonMappers.json()
            .createObjectNode()
            .put("method", "POST")
            .put("path", "/v2/webhooks/*/secret")
            .put("action", "respond")
            .put("status", 200)
            .put("body", answer.toString())
            .toString());
  }

  @Test
  void outputsAreReservedBeforeTheRotationWrittenAfterItAndReleased() {
    RecordingSink sink = new RecordingSink();

    rotator().rotate(request(WebhookSelector.byId(ID), sink));

    assertThat(sink.calls).containsExactly("prepare while old", "write while new", "release");
    assertThat(sink.written).isEqualTo(liveSecret());
  }

  @Test
  void aRejectedRotationReleasesTheOutputsAndLeavesNoMarker() throws IOException {
    admin.addFaults(
        JsonMappers.json()
            .createObjectNode()
            .put("method", "POST")
            .put("path", "/v2/webhooks/*/secret")
            .put("action", "respond")
            .put("status", 403)
            .put(
                "body",
                "{\"error\":{\"type\":\"authorization_error\",\"code\":\"forbidden\","
                    + "\"message\":\"plan\",\"status\":403}}")
            .toString());
    RecordingSink sink = new RecordingSink();

    assertThatThrownBy(() -> rotator(journal()).rotate(request(WebhookSelector.byId(ID), sink)))
        .isInstanceOf(RotationException.class);
    assertThat(sink.calls).containsExactly("prepare while old", "release");
    assertThat(markerLeft()).as("not rotated, so nothing to recover").isFalse();
  }

  @Test
  void aDryRunOnlyChecksTheOutputs() {
    RecordingSink sink = new RecordingSink();
    RotationRequest dry = new RotationRequest(WebhookSelector.byId(ID), List.of(sink), true);

    assertThat(rotator().rotate(dry).outcome()).isEqualTo(RotationResult.Outcome.DRY_RUN);
    assertThat(rotator().export(dry).outcome()).isEqualTo(RotationResult.Outcome.DRY_RUN);
    assertThat(sink.calls).containsExactly("check", "check");
  }

  @Test
  void aDryRunWithAnUnwritableOutputFails() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("occupied"));
    FileSecretSink sink =
        new FileSecretSink(directory, SecretFormat.RAW, "p", new OwnerOnlyFiles(BuildLog.NONE));
    RotationRequest dry = new RotationRequest(WebhookSelector.byId(ID), List.of(sink), true);

    assertThatThrownBy(() -> rotator().rotate(dry)).isInstanceOf(SecretOutputException.class);
    assertThatThrownBy(() -> rotator().export(dry)).isInstanceOf(SecretOutputException.class);
  }

  @Test
  void exportReservesWritesAndReleasesTheOutputs() {
    RecordingSink sink = new RecordingSink();

    RotationResult result = rotator().export(request(WebhookSelector.byId(ID), sink));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.EXPORTED);
    assertThat(sink.calls).containsExactly("prepare while old", "write while old", "release");
    assertThat(sink.written).isEqualTo(OLD);
  }

  @Test
  void anExportThatAnotherRunOutdatesFails() {
    SecretSink rival = rival();

    assertThatThrownBy(() -> rotator().export(request(WebhookSelector.byId(ID), rival)))
        .isInstanceOf(RotationException.class)
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.STALE_OUTPUT));
  }

  @Test
  void anExportHandsOutAnInterruptedRotationsSecretAndClearsItsMarker() throws IOException {
    IntentJournal journal = journal();
    interruptedRotation(journal);
    client.refreshSecret(ID);

    rotator(journal).export(request(WebhookSelector.byId(ID), file("s")));

    assertThat(Files.readString(dir.resolve("s")).trim()).isEqualTo(liveSecret());
    assertThat(markerLeft()).isFalse();
  }

  @Test
  void aWebhookWhoseCurrentSecretIsMalformedIsNeitherRotatedNorExported() throws IOException {
    admin.addFaults(
        JsonMappers.json()
            .createObjectNode()
            .put("method", "GET")
            .put("path", "/v2/webhooks/*")
            .put("action", "respond")
            .put("status", 200)
            .put("body", webhookAnswer(ID, "sk_not_a_webhook_secret").toString())
            .put("times", 2)
            .toString());

    assertThatThrownBy(() -> rotator().rotate(request(WebhookSelector.byId(ID), file("s"))))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("Featurebase returned a malformed secret in the current secret");
    assertThatThrownBy(() -> rotator().export(request(WebhookSelector.byId(ID), file("s"))))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("Featurebase returned a malformed secret in the current secret");
    assertThat(rotations()).isEmpty();
    assertThat(dir.resolve("s")).doesNotExist();
  }

  @Test
  void anAnswerWithoutASecretIsSettledByReadingBack() throws IOException {
    answerRotationsWith(webhookAnswer(ID, ""));

    RotationResult result = rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt")));

    assertThat(result.rotateCalls()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("s.txt")).trim()).isEqualTo(liveSecret());
    assertThat(logLines).anyMatch(l -> l.contains("the answer held no secret"));
  }

  @Test
  void anAnswerWithTheOldSecretIsSettledByReadingBack() throws IOException {
    answerRotationsWith(webhookAnswer(ID, OLD));

    RotationResult result = rotator().rotate(request(WebhookSelector.byId(ID), file("s.txt")));

    assertThat(result.rotateCalls()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("s.txt")).trim())
        .isEqualTo(liveSecret())
        .isNotEqualTo(OLD);
    assertThat(logLines).anyMatch(l -> l.contains("the answer held the old secret"));
  }

  @Test
  void aSecretRotatedElsewhereIsHandedToFurtherOutputs() throws IOException {
    client.refreshSecret(ID);
    SecretDocument live =
        new SecretDocument(
            ID, "Production Webhook", Secret.of(liveSecret()), java.time.Instant.now());
    RecordingSink sink = new RecordingSink();

    RotationResult result = rotator().handOver(live, request(WebhookSelector.byId(ID), sink));

    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.SHARED);
    assertThat(result.newFingerprint()).isEqualTo(Secret.of(liveSecret()).fingerprint());
    assertThat(sink.calls).containsExactly("prepare while new", "write while new", "release");
    assertThat(sink.written).isEqualTo(liveSecret());
  }

  /** An output after whose write another pipeline rotates the webhook. */
  private SecretSink rival() {
    return TestSinks.acting(
        "an output, after which another pipeline rotates", () -> client.refreshSecret(ID));
  }

  @Test
  void aHandoverOutdatedByAnotherRunFails() {
    SecretDocument live =
        new SecretDocument(ID, "Production Webhook", Secret.of(OLD), java.time.Instant.now());

    assertThatThrownBy(() -> rotator().handOver(live, request(WebhookSelector.byId(ID), rival())))
        .isInstanceOf(RotationException.class)
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.STALE_OUTPUT));
  }

  @Test
  void anInterruptedRotationsSecretOutdatedWhileHandedOutFails() throws IOException {
    IntentJournal journal = journal();
    interruptedRotation(journal);
    client.refreshSecret(ID);

    assertThatThrownBy(() -> rotator(journal).rotate(request(WebhookSelector.byId(ID), rival())))
        .isInstanceOf(RotationException.class)
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.STALE_OUTPUT));
  }

  @Test
  void aHandoverThatCannotWriteSaysTheSecretWasRotated() throws IOException {
    SecretDocument live =
        new SecretDocument(ID, "Production Webhook", Secret.of(OLD), java.time.Instant.now());
    Path directory = Files.createDirectory(dir.resolve("occupied"));
    FileSecretSink unwritable =
        new FileSecretSink(directory, SecretFormat.RAW, "p", new OwnerOnlyFiles(BuildLog.NONE));

    assertThatThrownBy(
            () -> rotator().handOver(live, request(WebhookSelector.byId(ID), unwritable)))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("(" + ID + ") was rotated, but cannot write the secret file")
        .hasMessageNotContaining("Nothing was changed at Featurebase")
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.ROTATED_OUTPUT_INCOMPLETE));
  }

  private BuildLog log() {
    return new BuildLog() {
      @Override
      public boolean isDebugEnabled() {
        return true;
      }

      @Override
      public void debug(Supplier<String> message) {
        logLines.add(message.get());
      }

      @Override
      public void info(String message) {
        logLines.add(message);
      }

      @Override
      public void warn(String message) {
        logLines.add(message);
      }
    };
  }
}
