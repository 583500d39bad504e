package io.github.fbhooks.rotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.RotationTwins;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlap rotation against the emulator: start then complete, a lost answer at each step and
 * the run again that converges, and the refusals that change nothing.
 */
class OverlapRotationTest {

  private static final String ID = "507f1f77bcf86cd799439011";
  private static final String OLD = "whsec_seededsecretthatmustberotated0001";
  private static final Secret KEY = Secret.of("sk_test_overlap_key");

  @TempDir Path dir;

  private Emulator emulator;
  private EmulatorAdminClient admin;
  private FeaturebaseClient client;
  private final List<String> logLines = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    emulator = emulatorWith(seed("active", 1), 10);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Emulator emulatorWith(Path seed, int maxWebhooks) throws IOException {
    Emulator started =
        Emulator.start(
            EmulatorOptions.builder().apiKey(KEY).seedFile(seed).maxWebhooks(maxWebhooks).build());
    admin = new EmulatorAdminClient(started.baseUrl());
    client =
        FeaturebaseClient.create(
            ClientSettings.builder(started.baseUrl(), KEY)
                .readTimeout(Duration.ofSeconds(2))
                .transport(TestTransport.current())
                .build(),
            log());
    return started;
  }

  /** A seed of the rotated webhook (with headers and a description) and {@code others} more. */
  private Path seed(String status, int others) throws IOException {
    StringBuilder webhooks =
        new StringBuilder(
            """
            {"id":"%s","name":"Production Webhook","url":"https://example.com/hook",
             "description":"Orders to the warehouse","topics":["post.created","post.voted"],
             "status":"%s","secret":"%s",
             "requestConfig":{"timeoutMs":8000,"headers":{"X-Receiver-Token":"rt-1"}}}
            """
                .formatted(ID, status, OLD));
    for (int i = 0; i < others; i++) {
      webhooks.append(
          ",{\"name\":\"Other %d\",\"url\":\"https://example.com/o%d\",\"topics\":[\"post.created\"]}"
              .formatted(i, i));
    }
    return Files.writeString(dir.resolve("seed.json"), "{\"webhooks\":[" + webhooks + "]}");
  }

  private OverlapRotation rotation() {
    return new OverlapRotation(client, log(), IntentJournal.none(), Clock.systemUTC());
  }

  private FileSecretSink dotenv() {
    return new FileSecretSink(
        dir.resolve("webhook.env"),
        SecretFormat.DOTENV,
        "featurebase.webhook.secret",
        new OwnerOnlyFiles(BuildLog.NONE));
  }

  private RotationRequest request() {
    return new RotationRequest(
        WebhookSelector.byName("Production Webhook"), List.of(dotenv()), false);
  }

  private Webhook original() {
    return client.get(ID);
  }

  private List<Webhook> named() {
    return client.listAll().stream().filter(w -> w.name().equals("Production Webhook")).toList();
  }

  private List<String> sent(String method, String pathPrefix) throws IOException {
    Path file = dir.resolve("requests-" + System.nanoTime() + ".json");
    admin.saveRequestLog(file);
    List<String> calls = new ArrayList<>();
    for (JsonNode r : JsonMappers.json().readTree(file.toFile()).path("requests")) {
      if (r.path("method").asText().equals(method)
          && r.path("path").asText().startsWith(pathPrefix)) {
        calls.add(r.path("path").asText());
      }
    }
    return calls;
  }

  @Test
  void startMakesATwinAndHandsOutBothSecretsThenCompleteLeavesOneWebhookWithTheNewSecret()
      throws IOException {
    Handover started = rotation().start(original(), request(), 10);

    Webhook twin = named().stream().filter(RotationTwins::isTwin).findFirst().orElseThrow();
    assertThat(started.result().outcome()).isEqualTo(RotationResult.Outcome.OVERLAP_STARTED);
    assertThat(started.result().webhookId()).isEqualTo(twin.id());
    assertThat(started.result().replacedWebhookId()).contains(ID);
    assertThat(started.result().outputs()).containsExactly(dotenv().describe());
    assertThat(twin.url()).isEqualTo("https://example.com/hook");
    assertThat(twin.topics()).containsExactlyInAnyOrder("post.created", "post.voted");
    assertThat(twin.requestConfig())
        .isEqualTo(new RequestConfig(8000, Map.of("X-Receiver-Token", "rt-1")));
    assertThat(twin.description())
        .isEqualTo("Orders to the warehouse [fbhooks overlap rotation of " + ID + "]");
    assertThat(original().secret().reveal()).isEqualTo(OLD); // the old secret still works
    assertThat(Files.readString(dir.resolve("webhook.env")))
        .isEqualTo(
            "FEATUREBASE_WEBHOOK_ID="
                + twin.id()
                + "\nFEATUREBASE_WEBHOOK_SECRET="
                + twin.secret().reveal()
                + "\nFEATUREBASE_WEBHOOK_PREVIOUS_SECRET="
                + OLD
                + "\n");

    RotationCompletion done = rotation().complete(WebhookSelector.byName("Production Webhook"));

    assertThat(done.deleted()).isTrue();
    assertThat(done.replacedWebhookId()).isEqualTo(ID);
    assertThat(done.oldFingerprint()).contains(Secret.of(OLD).fingerprint());
    List<Webhook> left = named();
    assertThat(left)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.id()).isEqualTo(twin.id());
              assertThat(w.secret()).isEqualTo(twin.secret());
              assertThat(w.description()).isEqualTo("Orders to the warehouse");
              assertThat(RotationTwins.isTwin(w)).isFalse();
            });
  }

  @Test
  void aSecondStartHandsOutTheSameSecretsAgainAndMakesNoSecondTwin() throws IOException {
    rotation().start(original(), request(), 10);
    String first = Files.readString(dir.resolve("webhook.env"));
    Files.delete(dir.resolve("webhook.env"));

    Handover again = rotation().start(original(), request(), 10);

    assertThat(again.result().outcome()).isEqualTo(RotationResult.Outcome.OVERLAP_RESUMED);
    assertThat(Files.readString(dir.resolve("webhook.env"))).isEqualTo(first);
    assertThat(named()).hasSize(2);
    assertThat(sent("POST", "/v2/webhooks")).hasSize(1);
  }

  @Test
  void aLostCreateAnswerIsSettledByListingNeverByCreatingAgain() throws IOException {
    admin.addFaults("{\"method\":\"POST\",\"path\":\"/v2/webhooks\",\"action\":\"drop\"}");

    Handover started = rotation().start(original(), request(), 10);

    assertThat(started.result().outcome()).isEqualTo(RotationResult.Outcome.OVERLAP_STARTED);
    assertThat(named()).hasSize(2);
    assertThat(sent("POST", "/v2/webhooks")).hasSize(1);
    assertThat(String.join("\n", logLines))
        .contains("listing the workspace to learn whether it exists");
  }

  @Test
  void aCreateThatNeverReachedFeaturebaseChangesNothingAndSaysSo() throws IOException {
    admin.addFaults(
        "{\"method\":\"POST\",\"path\":\"/v2/webhooks\",\"action\":\"disconnect\",\"times\":9}");

    assertThatThrownBy(() -> rotation().start(original(), request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("the workspace holds no twin, so nothing was changed");
    assertThat(named()).hasSize(1);
    assertThat(dir.resolve("webhook.env")).doesNotExist();
  }

  @Test
  void aCompleteThatDiedAfterTheDeleteFinishesOnTheNextRun() throws IOException {
    rotation().start(original(), request(), 10);
    // as many as the client's attempts (RetryPolicy.DEFAULT), so the next run meets none
    admin.addFaults(
        "{\"method\":\"PATCH\",\"path\":\"/v2/webhooks/*\",\"action\":\"disconnect\",\"times\":4}");

    assertThatThrownBy(() -> rotation().complete(WebhookSelector.byName("Production Webhook")))
        .isInstanceOf(RuntimeException.class);
    assertThat(named())
        .singleElement()
        .satisfies(w -> assertThat(RotationTwins.isTwin(w)).isTrue());

    RotationCompletion done = rotation().complete(WebhookSelector.byId(ID));

    assertThat(done.deleted()).isFalse();
    assertThat(named())
        .singleElement()
        .satisfies(w -> assertThat(w.description()).isEqualTo("Orders to the warehouse"));
  }

  @Test
  void aLostDeleteAnswerIsHarmless() throws IOException {
    rotation().start(original(), request(), 10);
    admin.addFaults("{\"method\":\"DELETE\",\"path\":\"/v2/webhooks/*\",\"action\":\"drop\"}");

    rotation().complete(WebhookSelector.byName("Production Webhook"));

    assertThat(named())
        .singleElement()
        .satisfies(w -> assertThat(RotationTwins.isTwin(w)).isFalse());
  }

  @Test
  void noFreePlaceForTheTwinIsRefusedBeforeAnyChange() throws IOException {
    emulator.close();
    emulator = emulatorWith(seed("active", 9), 10);

    assertThatThrownBy(() -> rotation().start(original(), request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("The workspace holds 10 webhooks and allows 10")
        .hasMessageContaining("Nothing was changed");
    assertThat(sent("POST", "/v2/webhooks")).isEmpty();
    assertThat(dir.resolve("webhook.env")).doesNotExist();
  }

  @Test
  void aLimitTheServerEnforcesBeyondTheAssumedOneIsRefusedWithNothingChanged() throws IOException {
    emulator.close();
    emulator = emulatorWith(seed("active", 4), 5);

    assertThatThrownBy(() -> rotation().start(original(), request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("Featurebase refused the twin")
        .hasMessageContaining("Nothing was changed");
    assertThat(named()).hasSize(1);
    assertThat(dir.resolve("webhook.env")).doesNotExist();
  }

  @Test
  void aSuspendedWebhookIsRefused() throws IOException {
    emulator.close();
    emulator = emulatorWith(seed("suspended", 0), 10);

    assertThatThrownBy(() -> rotation().start(original(), request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("is suspended");
    assertThat(named()).hasSize(1);
  }

  @Test
  void anInterruptedImmediateRotationIsFinishedFirst() throws IOException {
    IntentJournal journal = IntentJournal.in(dir.resolve("intents"), BuildLog.NONE);
    journal.record(
        IntentJournal.Kind.ROTATE,
        client.settings().baseUrl(),
        ID,
        "Production Webhook",
        Optional.of(Secret.of(OLD).fingerprint()));

    assertThatThrownBy(
            () ->
                new OverlapRotation(client, log(), journal, Clock.systemUTC())
                    .start(original(), request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("An immediate rotation of webhook")
        .hasMessageContaining("was interrupted");
    assertThat(named()).hasSize(1);
  }

  @Test
  void theTwinItselfCannotBeRotatedAndCompletingWithoutARotationIsRefused() throws IOException {
    assertThatThrownBy(() -> rotation().complete(WebhookSelector.byName("Production Webhook")))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("No overlap rotation of webhook 'Production Webhook' is in progress");

    rotation().start(original(), request(), 10);
    Webhook twin = named().stream().filter(RotationTwins::isTwin).findFirst().orElseThrow();

    assertThatThrownBy(() -> rotation().start(twin, request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("is itself the twin of an overlap rotation in progress");
  }

  @Test
  void aPausedWebhooksTwinIsPausedToo() throws IOException {
    emulator.close();
    emulator = emulatorWith(seed("paused", 0), 10);

    rotation().start(original(), request(), 10);

    assertThat(named())
        .filteredOn(RotationTwins::isTwin)
        .singleElement()
        .satisfies(w -> assertThat(w.status()).isEqualTo(WebhookStatus.PAUSED));
  }

  @Test
  void aDryRunChangesNothing() throws IOException {
    Handover dry =
        rotation()
            .start(
                original(),
                new RotationRequest(
                    WebhookSelector.byName("Production Webhook"), List.of(dotenv()), true),
                10);

    assertThat(dry.result().outcome()).isEqualTo(RotationResult.Outcome.DRY_RUN);
    assertThat(named()).hasSize(1);
    assertThat(dir.resolve("webhook.env")).doesNotExist();
  }

  /** An output that records what the rotation asks of it, and how many webhooks are live then. */
  private final class RecordingSink implements SecretSink {
    final List<String> calls = new ArrayList<>();
    SecretDocument written;

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
      calls.add("prepare with " + named().size());
    }

    @Override
    public void write(SecretDocument document) {
      calls.add("write with " + named().size());
      written = document;
    }

    @Override
    public void release() {
      calls.add("release");
    }
  }

  private static RotationRequest requestTo(SecretSink sink, boolean dryRun) {
    return new RotationRequest(WebhookSelector.byName("Production Webhook"), List.of(sink), dryRun);
  }

  @Test
  void outputsAreReservedBeforeTheTwinIsMadeAndReleasedAfter() {
    RecordingSink sink = new RecordingSink();

    rotation().start(original(), requestTo(sink, false), 10);

    assertThat(sink.calls).containsExactly("prepare with 1", "write with 2", "release");
    assertThat(sink.written.previousSecret()).contains(Secret.of(OLD));
  }

  @Test
  void aDryRunChecksTheOutputsOnly() throws IOException {
    RecordingSink sink = new RecordingSink();
    FileSecretSink directory =
        new FileSecretSink(
            Files.createDirectory(dir.resolve("occupied")),
            SecretFormat.RAW,
            "p",
            new OwnerOnlyFiles(BuildLog.NONE));

    rotation().start(original(), requestTo(sink, true), 10);

    assertThat(sink.calls).containsExactly("check");
    assertThatThrownBy(() -> rotation().start(original(), requestTo(directory, true), 10))
        .isInstanceOf(SecretOutputException.class);
    assertThat(named()).hasSize(1);
  }

  @Test
  void aMalformedCurrentSecretIsRefusedBeforeAnyChange() {
    Webhook live = original();
    Webhook malformed =
        Webhook.builder(ID)
            .name(live.name())
            .url(live.url())
            .topics(live.topics())
            .status(live.status())
            .secret(Secret.of("sk_not_a_webhook_secret"))
            .build();

    assertThatThrownBy(() -> rotation().start(malformed, request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("Featurebase returned a malformed secret in the current secret");
    assertThat(named()).hasSize(1);
  }

  @Test
  void aTwinAnsweredWithAMalformedSecretIsNeverWritten() throws IOException {
    admin.addFaults(
        JsonMappers.json()
            .createObjectNode()
            .put("method", "POST")
            .put("path", "/v2/webhooks")
            .put("action", "respond")
            .put("status", 200)
            .put(
                "body",
                "{\"object\":\"webhook\",\"id\":\"507f1f77bcf86cd7994390ff\","
                    + "\"name\":\"Production Webhook\",\"url\":\"https://example.com/hook\","
                    + "\"topics\":[\"post.created\"],\"status\":\"active\","
                    + "\"secret\":\"not-a-secret\"}")
            .toString());

    assertThatThrownBy(() -> rotation().start(original(), request(), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("a malformed secret in the twin's secret");
    assertThat(dir.resolve("webhook.env")).doesNotExist();
  }

  @Test
  void aRotationElsewhereWhileTheSecretsAreWrittenFailsTheStart() {
    SecretSink rival =
        TestSinks.acting(
            "an output, after which another pipeline rotates the old webhook",
            () -> client.refreshSecret(ID));

    assertThatThrownBy(() -> rotation().start(original(), requestTo(rival, false), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("reading webhook " + ID + " back shows another secret live now")
        .satisfies(
            e ->
                assertThat(((RotationException) e).state())
                    .isEqualTo(RotationException.State.STALE_OUTPUT));
  }

  @Test
  void anOutputFailingAfterTheTwinWasMadeSaysHowToHandOutBothSecretsAgain() {
    SecretSink failing = TestSinks.broken();

    assertThatThrownBy(() -> rotation().start(original(), requestTo(failing, false), 10))
        .isInstanceOf(RotationException.class)
        .hasMessageStartingWith("The overlap rotation of webhook 'Production Webhook' (" + ID)
        .hasMessageContaining("started (twin ")
        .hasMessageContaining("the secret could not be written to a broken output")
        .hasMessageContaining(
            "again: it hands out both secrets of the rotation in progress, and makes no second"
                + " twin.");
  }

  @Test
  void completeFindsTheRotationByTheTwinsIdOrByNameAmongOtherRotations() {
    rotation().start(original(), request(), 10);
    Webhook other =
        client.listAll().stream().filter(w -> w.name().equals("Other 0")).findFirst().orElseThrow();
    rotation()
        .start(
            other,
            new RotationRequest(WebhookSelector.byName("Other 0"), List.of(dotenv()), false),
            10);
    Webhook twin = named().stream().filter(RotationTwins::isTwin).findFirst().orElseThrow();

    RotationCompletion byName = rotation().complete(WebhookSelector.byName("Production Webhook"));
    RotationCompletion byTwinId = rotation().complete(WebhookSelector.byId(twinOf(other).id()));

    assertThat(byName.replacedWebhookId()).isEqualTo(ID);
    assertThat(byName.webhookId()).isEqualTo(twin.id());
    assertThat(byTwinId.replacedWebhookId()).isEqualTo(other.id());
  }

  /**
   * Answers the next list of the workspace with the live webhooks, the twin changed as given: what
   * Featurebase could answer, and the emulator does not on its own.
   */
  private void nextListWithTwin(java.util.function.UnaryOperator<Webhook.Builder> change)
      throws IOException {
    List<Webhook> live =
        client.listAll().stream()
            .map(w -> RotationTwins.isTwin(w) ? change.apply(w.toBuilder()).build() : w)
            .toList();
    String page =
        JsonMappers.wire()
            .writer()
            .withAttribute(JsonMappers.REVEAL_SECRETS, true)
            .writeValueAsString(new io.github.fbhooks.webhook.WebhookPage(live, null));
    admin.addFaults(
        JsonMappers.json()
            .createObjectNode()
            .put("method", "GET")
            .put("path", "/v2/webhooks")
            .put("action", "respond")
            .put("times", 1)
            .put("status", 200)
            .put("body", page)
            .toString());
  }

  @Test
  void completingWarnsWhenTheTwinsLastDeliveryFailed() throws IOException {
    rotation().start(original(), request(), 10);
    nextListWithTwin(
        b -> b.lastStatus(new io.github.fbhooks.webhook.LastStatus(500, "boom", null)));

    rotation().complete(WebhookSelector.byName("Production Webhook"));

    assertThat(logLines)
        .anyMatch(
            l ->
                l.startsWith("The last delivery to the twin")
                    && l.contains("failed (HTTP 500)")
                    && l.contains("events will fail verification once the old webhook is gone"));
  }

  @Test
  void completingIsQuietWhenTheTwinsLastDeliverySucceeded() throws IOException {
    rotation().start(original(), request(), 10);
    nextListWithTwin(b -> b.lastStatus(new io.github.fbhooks.webhook.LastStatus(204, "ok", null)));

    rotation().complete(WebhookSelector.byName("Production Webhook"));

    assertThat(logLines).noneMatch(l -> l.startsWith("The last delivery to the twin"));
  }

  @Test
  void aTwinWithAMalformedSecretIsNotCompleted() throws IOException {
    rotation().start(original(), request(), 10);
    nextListWithTwin(b -> b.secret(Secret.of("not-a-secret")));

    assertThatThrownBy(() -> rotation().complete(WebhookSelector.byName("Production Webhook")))
        .isInstanceOf(RotationException.class)
        .hasMessageContaining("a malformed secret in the twin's secret");
    assertThat(named()).hasSize(2);
  }

  @Test
  void aListWithoutTheTwinsSecretIsCompletedAndResumedByReadingTheTwin() throws IOException {
    rotation().start(original(), request(), 10);
    String first = Files.readString(dir.resolve("webhook.env"));
    nextListWithTwin(b -> b.secret(null));

    Handover again = rotation().start(original(), request(), 10);

    assertThat(again.result().outcome()).isEqualTo(RotationResult.Outcome.OVERLAP_RESUMED);
    assertThat(Files.readString(dir.resolve("webhook.env"))).isEqualTo(first);

    nextListWithTwin(b -> b.secret(null));
    RotationCompletion done = rotation().complete(WebhookSelector.byName("Production Webhook"));

    assertThat(done.deleted()).isTrue();
    assertThat(named()).hasSize(1);
  }

  private Webhook twinOf(Webhook original) {
    return client.listAll().stream()
        .filter(w -> RotationTwins.originalOf(w).filter(original.id()::equals).isPresent())
        .findFirst()
        .orElseThrow();
  }

  private BuildLog log() {
    return new BuildLog() {
      @Override
      public boolean isDebugEnabled() {
        return false;
      }

      @Override
      public void debug(java.util.function.Supplier<String> message) {}

      @Override
      public synchronized void info(String message) {
        logLines.add(message);
      }

      @Override
      public synchronized void warn(String message) {
        logLines.add(message);
      }
    };
  }
}
