package io.github.fbhooks.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.config.SourceLocation;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.contract.TestTransport;
import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.plan.Action;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.PlanJson;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.plan.SavedPlan;
import io.github.fbhooks.plan.StalePlanException;
import io.github.fbhooks.secret.Secret;
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
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan and apply against the emulator: convergence, API economy, lost answers, partial failures.
 */
class ReconcilerTest {

  private static final Secret KEY = Secret.of("sk_test_reconciler");
  private static final SourceLocation HERE = new SourceLocation(Path.of("webhooks.yaml"), 1, 1);

  @TempDir Path dir;

  private Emulator emulator;
  private EmulatorAdminClient admin;
  private FeaturebaseClient client;

  @BeforeEach
  void start() throws IOException {
    emulator = Emulator.start(EmulatorOptions.builder().apiKey(KEY).build());
    admin = new EmulatorAdminClient(emulator.baseUrl());
    client =
        FeaturebaseClient.create(
            ClientSettings.builder(emulator.baseUrl(), KEY)
                .readTimeout(Duration.ofSeconds(2))
                .transport(TestTransport.current())
                .build(),
            BuildLog.NONE);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private static DesiredWebhook hook(
      String name, WebhookStatus status, Map<String, HeaderValue> headers) {
    return hook(name, status, Optional.of(5000), headers);
  }

  private static DesiredWebhook hook(
      String name,
      WebhookStatus status,
      Optional<Integer> timeoutMs,
      Map<String, HeaderValue> headers) {
    return new DesiredWebhook(
        name,
        Optional.empty(),
        "https://example.com/" + name.toLowerCase().replace(' ', '-'),
        Optional.of(name + " events"),
        List.of("post.created", "post.updated"),
        status,
        timeoutMs,
        headers,
        false,
        Set.of(),
        HERE);
  }

  private static WebhooksConfig config(boolean prune, DesiredWebhook... webhooks) {
    return new WebhooksConfig(
        List.of(Path.of("webhooks.yaml")),
        List.of(
            new WorkspaceConfig(
                "featurebase",
                Optional.empty(),
                Optional.empty(),
                prune,
                List.of(webhooks),
                HERE)));
  }

  /** Two workspaces whose server ids the build allows, as allowedServerIds would. */
  private TrustedTargets euAndUs() {
    return TrustedTargets.of(client.settings().baseUrl(), "featurebase")
        .allowing(List.of(), List.of("eu", "us"));
  }

  /** A workspace of webhooks on the server id {@code serverId}, without pruning. */
  private static WorkspaceConfig workspace(String serverId, DesiredWebhook... webhooks) {
    return new WorkspaceConfig(
        serverId, Optional.empty(), Optional.empty(), false, List.of(webhooks), HERE);
  }

  /** The workspaces 'eu' (this test's emulator) and 'us' (another), planned with their clients. */
  private Planning euAndUsPlanning(FeaturebaseClient us) {
    return new Planning(
        euAndUs(), (t, v) -> t.serverId().equals("eu") ? client : us, Clock.systemUTC());
  }

  /** A client of a second emulator, on this run's transport. */
  private static FeaturebaseClient clientOf(Emulator second) {
    return FeaturebaseClient.create(
        TestTransport.on(ClientSettings.of(second.baseUrl(), KEY)), BuildLog.NONE);
  }

  private Planning planning() {
    return new Planning(
        TrustedTargets.of(client.settings().baseUrl(), "featurebase"),
        (target, sensitive) -> client,
        Clock.systemUTC());
  }

  /** The secret outputs of created webhooks, by output key (the slug of the name). */
  private Function<String, List<SecretSink>> secretFiles() {
    return name ->
        List.of(
            new FileSecretSink(
                dir.resolve("secrets/" + name + ".secret"),
                SecretFormat.RAW,
                "p",
                new OwnerOnlyFiles(BuildLog.NONE)));
  }

  private Reconciler.Report apply(WebhooksConfig config, Optional<SavedPlan> saved) {
    return new Reconciler(planning(), BuildLog.NONE)
        .apply(new Reconciler.Request(config, NameFilter.ALL, saved, 4, secretFiles()), plan -> {});
  }

  private List<JsonNode> requests() throws IOException {
    Path file = dir.resolve("requests-" + System.nanoTime() + ".json");
    admin.saveRequestLog(file);
    List<JsonNode> all = new ArrayList<>();
    JsonMappers.json().readTree(file.toFile()).path("requests").forEach(all::add);
    return all;
  }

  private void clearRequests() throws IOException, InterruptedException {
    java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(emulator.baseUrl().resolve("/__emulator/requests"))
                .DELETE()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
  }

  @Test
  void applyConvergesAndASecondPlanHasNoChanges() throws Exception {
    WebhooksConfig config =
        config(
            true,
            hook(
                "Production",
                WebhookStatus.ACTIVE,
                Map.of("X-Token", new HeaderValue("tok-1", true))),
            hook("Paused one", WebhookStatus.PAUSED, Map.of()));

    Reconciler.Report report = apply(config, Optional.empty());

    assertThat(report.isComplete()).isTrue();
    assertThat(report.results())
        .singleElement()
        .satisfies(r -> assertThat(r.summary()).isEqualTo("Apply complete: 2 change(s) applied."));
    assertThat(report.plan().count(Action.CREATE)).isEqualTo(2);
    List<Webhook> live = client.listAll();
    assertThat(live)
        .extracting(Webhook::name)
        .containsExactlyInAnyOrder("Production", "Paused one");
    Webhook paused =
        live.stream().filter(w -> w.name().equals("Paused one")).findFirst().orElseThrow();
    assertThat(paused.status()).isEqualTo(WebhookStatus.PAUSED);
    assertThat(Files.readString(dir.resolve("secrets/production.secret")).trim())
        .isEqualTo(
            live.stream()
                .filter(w -> w.name().equals("Production"))
                .findFirst()
                .orElseThrow()
                .secret()
                .reveal());

    Plan again = planning().plan(config, NameFilter.ALL);
    assertThat(again.hasChanges()).isFalse();
    assertThat(again.summary()).isEqualTo("No changes. Live webhooks match the configuration.");
  }

  @Test
  void bodiesHoldOnlySchemaFieldsAndTimeoutMsOnlyWhereDeclared() throws Exception {
    Map<String, HeaderValue> before = Map.of("X-Token", new HeaderValue("tok-1", true));
    Map<String, HeaderValue> after = Map.of("X-Token", new HeaderValue("tok-2", true));
    apply(
        config(
            false,
            hook("Declared", WebhookStatus.ACTIVE, Optional.of(8000), before),
            hook("Omitted", WebhookStatus.ACTIVE, Optional.empty(), before),
            hook("Bare", WebhookStatus.PAUSED, Optional.empty(), Map.of())),
        Optional.empty());
    WebhooksConfig changed =
        config(
            false,
            hook("Declared", WebhookStatus.ACTIVE, Optional.of(8000), after),
            hook("Omitted", WebhookStatus.ACTIVE, Optional.empty(), after),
            hook("Bare", WebhookStatus.ACTIVE, Optional.empty(), after));
    Reconciler.Report report = apply(changed, Optional.empty());
    assertThat(report.isComplete()).isTrue();

    Map<String, String> namesById = new java.util.HashMap<>();
    client.listAll().forEach(w -> namesById.put(w.id(), w.name()));
    List<String> sent = new ArrayList<>();
    for (JsonNode r : requests()) {
      String method = r.path("method").asText();
      if (method.equals("POST") || method.equals("PATCH")) {
        String name =
            method.equals("POST")
                ? r.path("body").path("name").asText()
                : namesById.get(r.path("path").asText().substring("/v2/webhooks/".length()));
        sent.add(method + " " + name + " " + fieldPaths(r.path("body")));
      }
    }
    // the input schema: name, url, topics, description, status (PATCH), requestConfig.headers;
    // requestConfig.timeoutMs only where the configuration declares it (reference §2, §4)
    assertThat(sent)
        .containsExactlyInAnyOrder(
            "POST Declared [name, url, topics, description, requestConfig.timeoutMs,"
                + " requestConfig.headers.X-Token]",
            "POST Omitted [name, url, topics, description, requestConfig.headers.X-Token]",
            "POST Bare [name, url, topics, description]",
            "PATCH Bare [status]",
            "PATCH Declared [requestConfig.timeoutMs, requestConfig.headers.X-Token]",
            "PATCH Omitted [requestConfig.headers.X-Token]",
            "PATCH Bare [status, requestConfig.headers.X-Token]");
    // live answers carry timeoutMs 5000 where none was declared: no permanent drift
    assertThat(client.listAll())
        .extracting(w -> w.name() + " " + w.requestConfig().timeoutMs())
        .containsExactlyInAnyOrder("Declared 8000", "Omitted 5000", "Bare 5000");
    assertThat(planning().plan(changed, NameFilter.ALL).hasChanges()).isFalse();
  }

  /** The leaf paths of a JSON body, e.g. {@code requestConfig.headers.X-Token}, in order. */
  private static List<String> fieldPaths(JsonNode body) {
    List<String> paths = new ArrayList<>();
    for (Map.Entry<String, JsonNode> f : body.properties()) {
      if (f.getValue().isObject() && !f.getValue().isEmpty()) {
        fieldPaths(f.getValue()).forEach(p -> paths.add(f.getKey() + "." + p));
      } else {
        paths.add(f.getKey());
      }
    }
    return paths;
  }

  @Test
  void planReadsWithOneListCallAndApplySendsOneRequestPerChange() throws Exception {
    apply(
        config(
            true,
            hook("A", WebhookStatus.ACTIVE, Map.of()),
            hook("B", WebhookStatus.ACTIVE, Map.of()),
            hook("C", WebhookStatus.ACTIVE, Map.of())),
        Optional.empty());
    clearRequests();

    WebhooksConfig next =
        config(
            true,
            hook("A", WebhookStatus.PAUSED, Map.of()), // update
            hook("B", WebhookStatus.ACTIVE, Map.of()), // no change
            hook("D", WebhookStatus.PAUSED, Map.of())); // create + PATCH paused; C is deleted
    Reconciler.Report report = apply(next, Optional.empty());

    assertThat(report.isComplete()).isTrue();
    List<String> calls =
        requests().stream()
            .map(
                r ->
                    r.path("method").asText()
                        + " "
                        + r.path("path").asText().replaceAll("[0-9a-f]{24}", "{id}")
                        + (r.path("query").isNull() ? "" : "?" + r.path("query").asText()))
            .toList();
    assertThat(calls)
        .containsExactlyInAnyOrder(
            "GET /v2/webhooks?limit=100",
            "PATCH /v2/webhooks/{id}",
            "DELETE /v2/webhooks/{id}",
            "POST /v2/webhooks",
            "PATCH /v2/webhooks/{id}",
            // after the creates: did a concurrent apply create the same webhooks?
            "GET /v2/webhooks?limit=100");
  }

  @Test
  void aLostCreateAnswerIsFoundByNameAndNotCreatedTwice() throws Exception {
    admin.addFaults("{\"method\":\"POST\",\"path\":\"/v2/webhooks\",\"action\":\"drop\"}");

    Reconciler.Report report =
        apply(config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())), Optional.empty());

    assertThat(report.isComplete()).isTrue();
    assertThat(report.outcomes().get(0).detail()).contains("answer was lost");
    List<Webhook> live = client.listAll();
    assertThat(live).hasSize(1);
    assertThat(Files.readString(dir.resolve("secrets/production.secret")).trim())
        .isEqualTo(live.get(0).secret().reveal());
  }

  @Test
  void aPartialFailureSaysWhatLandedAndARerunConverges() throws Exception {
    apply(
        config(
            true,
            hook("A", WebhookStatus.ACTIVE, Map.of()),
            hook("B", WebhookStatus.ACTIVE, Map.of())),
        Optional.empty());
    admin.addFaults(
        "{\"method\":\"PATCH\",\"path\":\"/v2/webhooks/*\",\"times\":8,\"action\":\"respond\",\"status\":400,"
            + "\"body\":\"{\\\"error\\\":{\\\"type\\\":\\\"invalid_request_error\\\",\\\"code\\\":\\\"invalid_parameter\\\","
            + "\\\"message\\\":\\\"rejected for the test\\\",\\\"status\\\":400}}\"}");
    WebhooksConfig next =
        config(
            true,
            hook("A", WebhookStatus.PAUSED, Map.of()),
            hook("C", WebhookStatus.ACTIVE, Map.of()));

    Reconciler.Report report = apply(next, Optional.empty());

    assertThat(report.isComplete()).isFalse();
    assertThat(report.results().get(0).summary())
        .startsWith("Apply incomplete: 2 of 3 change(s) applied, 1 failed.");
    assertThat(report.outcomes())
        .filteredOn(o -> !o.applied())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.line())
                    .contains("~ update 'A'")
                    .contains("FAILED")
                    .contains("rejected for the test"));
    assertThat(client.listAll()).extracting(Webhook::name).containsExactlyInAnyOrder("A", "C");

    java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(emulator.baseUrl().resolve("/__emulator/faults"))
                .DELETE()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
    Reconciler.Report rerun = apply(next, Optional.empty());
    assertThat(rerun.isComplete()).isTrue();
    assertThat(rerun.plan().count(Action.UPDATE)).isEqualTo(1);
    assertThat(planning().plan(next, NameFilter.ALL).hasChanges()).isFalse();
  }

  @Test
  void eachWorkspaceIsPlannedAndAppliedWithItsOwnClient() throws Exception {
    try (Emulator second = Emulator.start(EmulatorOptions.builder().apiKey(KEY).build())) {
      FeaturebaseClient secondClient = clientOf(second);
      WorkspaceConfig eu = workspace("eu", hook("EU hook", WebhookStatus.ACTIVE, Map.of()));
      WorkspaceConfig us = workspace("us", hook("US hook", WebhookStatus.ACTIVE, Map.of()));
      WebhooksConfig config =
          new WebhooksConfig(List.of(Path.of("webhooks.yaml")), List.of(eu, us));
      Planning planning = euAndUsPlanning(secondClient);

      Reconciler.Report report =
          new Reconciler(planning, BuildLog.NONE)
              .apply(
                  new Reconciler.Request(
                      config, NameFilter.ALL, Optional.empty(), 2, secretFiles()),
                  plan -> {});

      assertThat(report.isComplete()).isTrue();
      assertThat(report.plan().workspaces())
          .extracting(w -> w.serverId())
          .containsExactly("eu", "us");
      assertThat(client.listAll()).extracting(Webhook::name).containsExactly("EU hook");
      assertThat(secondClient.listAll()).extracting(Webhook::name).containsExactly("US hook");
      assertThat(euAndUsPlanning(secondClient).plan(config, NameFilter.ALL).hasChanges()).isFalse();
    }
  }

  private IntentJournal journal() {
    return IntentJournal.in(dir.resolve("intents"), BuildLog.NONE);
  }

  @Test
  void anApplyInterruptedAfterACreateHandsItsSecretOutNextTime() throws Exception {
    IntentJournal journal = journal();
    journal.record(
        IntentJournal.Kind.CREATE,
        client.settings().baseUrl(),
        "Production",
        "Production",
        Optional.empty());
    // the interrupted apply's create landed; its secret reached no output
    Webhook created =
        client.create(Applier.createBody(hook("Production", WebhookStatus.ACTIVE, Map.of())));
    List<String> log = new ArrayList<>();

    Reconciler.Report report =
        new Reconciler(planning(), recording(log), journal)
            .apply(
                new Reconciler.Request(
                    config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())),
                    NameFilter.ALL,
                    Optional.empty(),
                    4,
                    secretFiles()),
                plan -> {});

    assertThat(report.outcomes()).isEmpty();
    assertThat(Files.readString(dir.resolve("secrets/production.secret")).trim())
        .isEqualTo(client.get(created.id()).secret().reveal());
    assertThat(log)
        .anyMatch(l -> l.contains("was interrupted after creating it (" + created.id() + ")"));
    assertThat(dir.resolve("intents")).isEmptyDirectory();
  }

  @Test
  void aCreateMarkerWhoseWebhookNeverAppearedIsDroppedAndTheWebhookCreated() throws Exception {
    IntentJournal journal = journal();
    journal.record(
        IntentJournal.Kind.CREATE,
        client.settings().baseUrl(),
        "Production",
        "Production",
        Optional.empty());

    Reconciler.Report report =
        new Reconciler(planning(), BuildLog.NONE, journal)
            .apply(
                new Reconciler.Request(
                    config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())),
                    NameFilter.ALL,
                    Optional.empty(),
                    4,
                    secretFiles()),
                plan -> {});

    assertThat(report.isComplete()).isTrue();
    assertThat(client.listAll()).hasSize(1);
    assertThat(dir.resolve("secrets/production.secret")).exists();
    assertThat(dir.resolve("intents")).isEmptyDirectory();
  }

  @Test
  void aSecretOutputThatCannotBeWrittenStopsApplyBeforeAnyChange() throws Exception {
    Files.createDirectories(dir.resolve("secrets/production.secret")); // a directory, not a file

    assertThatThrownBy(
            () ->
                apply(
                    config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())),
                    Optional.empty()))
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining("secrets/production.secret");
    assertThat(requests())
        .extracting(r -> r.path("method").asText())
        .as("only the plan's list call")
        .containsExactly("GET");
    assertThat(client.listAll()).isEmpty();
  }

  @Test
  void aDuplicateCreatedByAConcurrentApplyElsewhereIsReportedAsAFailure() throws Exception {
    // the apply's create is held up; meanwhile "another process" creates the same webhook
    admin.addFaults(
        "{\"method\":\"POST\",\"path\":\"/v2/webhooks\",\"times\":1,"
            + "\"action\":\"delay\",\"delayMs\":1500}");
    var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      var running =
          pool.submit(
              () ->
                  apply(
                      config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())),
                      Optional.empty()));
      Thread.sleep(700);
      client.create(Applier.createBody(hook("Production", WebhookStatus.ACTIVE, Map.of())));

      Reconciler.Report report = running.get(10, java.util.concurrent.TimeUnit.SECONDS);

      assertThat(report.isComplete()).isFalse();
      assertThat(report.outcomes())
          .singleElement()
          .satisfies(
              o ->
                  assertThat(o.detail())
                      .contains("2 live webhooks are now named 'Production'")
                      .contains("another apply, in another process"));
      assertThat(dir.resolve("secrets/production.secret")).exists();
    } finally {
      pool.shutdownNow();
    }
  }

  /** The files in the secrets directory, temporary ones included. */
  private List<String> secretsDirectory() throws IOException {
    try (var files = Files.list(dir.resolve("secrets"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static final String REJECTED =
      "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"invalid_url\","
          + "\"message\":\"url is not reachable\",\"status\":400}}";

  private void rejectNextCreate() throws IOException {
    admin.addFaults(
        JsonMappers.json()
            .createObjectNode()
            .put("method", "POST")
            .put("path", "/v2/webhooks")
            .put("action", "respond")
            .put("times", 1)
            .put("status", 400)
            .put("body", REJECTED)
            .toString());
  }

  @Test
  void aFailingPreflightGivesBackWhatItReservedForTheOtherOutputs() throws Exception {
    Files.createDirectories(dir.resolve("secrets/beta.secret")); // a directory, not a file

    assertThatThrownBy(
            () ->
                apply(
                    config(
                        false,
                        hook("Alpha", WebhookStatus.ACTIVE, Map.of()),
                        hook("Beta", WebhookStatus.ACTIVE, Map.of())),
                    Optional.empty()))
        .isInstanceOf(SecretOutputException.class);
    assertThat(secretsDirectory())
        .as("no reserved file left behind")
        .containsExactly("beta.secret");
    assertThat(client.listAll()).isEmpty();
  }

  @Test
  void aCreateFeaturebaseRejectsLeavesNeitherAReservedFileNorAMarker() throws Exception {
    rejectNextCreate();
    List<Plan> planned = new ArrayList<>();

    Reconciler.Report report =
        new Reconciler(planning(), BuildLog.NONE, journal())
            .apply(
                new Reconciler.Request(
                    config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())),
                    NameFilter.ALL,
                    Optional.empty(),
                    1,
                    secretFiles()),
                planned::add);

    assertThat(planned).containsExactly(report.plan());
    assertThat(report.isComplete()).isFalse();
    assertThat(report.outcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.detail()).contains("url is not reachable"));
    assertThat(secretsDirectory()).isEmpty();
    assertThat(dir.resolve("intents")).isEmptyDirectory();
  }

  @Test
  void aDeleteOfAWebhookAlreadyGoneIsDoneAndAnotherNotFoundIsAFailure() throws Exception {
    apply(
        config(
            true,
            hook("Keep", WebhookStatus.ACTIVE, Map.of()),
            hook("Gone", WebhookStatus.ACTIVE, Map.of()),
            hook("Route", WebhookStatus.ACTIVE, Map.of())),
        Optional.empty());
    ArrayNode faults = JsonMappers.json().createArrayNode();
    faults
        .addObject()
        .put("method", "DELETE")
        .put("path", "/v2/webhooks/*")
        .put("action", "respond")
        .put("times", 1)
        .put("status", 404)
        .put(
            "body",
            "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"webhook_not_found\","
                + "\"message\":\"gone\",\"status\":404}}");
    faults
        .addObject()
        .put("method", "DELETE")
        .put("path", "/v2/webhooks/*")
        .put("action", "respond")
        .put("times", 1)
        .put("status", 404)
        .put(
            "body",
            "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"route_not_found\","
                + "\"message\":\"no such route\",\"status\":404}}");
    admin.addFaults(faults.toString());

    Reconciler.Report report =
        new Reconciler(planning(), BuildLog.NONE)
            .apply(
                new Reconciler.Request(
                    config(true, hook("Keep", WebhookStatus.ACTIVE, Map.of())),
                    NameFilter.ALL,
                    Optional.empty(),
                    1,
                    secretFiles()),
                plan -> {});

    // the deletes run in the order of the live list, so either webhook may meet either answer
    assertThat(report.outcomes())
        .extracting(o -> o.applied() + " " + o.detail())
        .satisfiesExactlyInAnyOrder(
            gone -> assertThat(gone).isEqualTo("true it was already gone"),
            route -> assertThat(route).startsWith("false ").contains("no such route"));
  }

  @Test
  void theApplyResultFileSaysWhatWasAppliedFailedSkippedAndUnchanged() throws Exception {
    apply(
        config(
            false,
            hook("Keep", WebhookStatus.ACTIVE, Map.of()),
            hook("Change", WebhookStatus.ACTIVE, Map.of()),
            hook("Also", WebhookStatus.ACTIVE, Map.of())),
        Optional.empty());
    client.create(Applier.createBody(hook("Stray", WebhookStatus.ACTIVE, Map.of())));
    rejectNextCreate();
    String changeId =
        client.listAll().stream()
            .filter(w -> w.name().equals("Change"))
            .findFirst()
            .orElseThrow()
            .id();

    String alsoId =
        client.listAll().stream()
            .filter(w -> w.name().equals("Also"))
            .findFirst()
            .orElseThrow()
            .id();

    Reconciler.Report report =
        apply(
            config(
                false,
                hook("Keep", WebhookStatus.ACTIVE, Map.of()),
                hook("Change", WebhookStatus.PAUSED, Map.of()),
                hook("Also", WebhookStatus.PAUSED, Map.of()),
                hook("Broken", WebhookStatus.ACTIVE, Map.of())),
            Optional.empty());
    java.time.Instant finished = java.time.Instant.parse("2026-11-29T12:00:00Z");
    JsonNode json = ApplyResultJson.toJson(report, finished, detail -> "<" + detail + ">");

    assertThat(report.results())
        .singleElement()
        .satisfies(r -> assertThat(r.summary()).startsWith("Apply incomplete: 2 of 3"));
    assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.path("plannedAt").asText()).isEqualTo(report.plan().createdAt().toString());
    assertThat(json.path("finishedAt").asText()).isEqualTo("2026-11-29T12:00:00Z");
    assertThat(json.path("complete").asBoolean()).isFalse();
    assertThat(json.path("summary").toString())
        .isEqualTo("{\"applied\":2,\"failed\":1,\"skipped\":1,\"unchanged\":1}");
    JsonNode changes = json.path("workspaces").get(0).path("changes");
    assertThat(changes)
        .extracting(
            c ->
                c.path("action").asText()
                    + " "
                    + c.path("name").asText()
                    + " "
                    + c.path("outcome").asText()
                    + " "
                    + c.path("webhookId").asText("-"))
        .containsExactly(
            "update Change applied " + changeId,
            "update Also applied " + alsoId,
            "create Broken failed -",
            "unmanaged Stray skipped "
                + client.listAll().stream()
                    .filter(w -> w.name().equals("Stray"))
                    .findFirst()
                    .orElseThrow()
                    .id());
    assertThat(changes.get(2).path("detail").asText())
        .startsWith("<")
        .contains("url is not reachable")
        .endsWith(">");
    assertThat(changes.get(3).path("detail").asText())
        .isEqualTo("not in the configuration; left as it is");
  }

  @Test
  void applyingSeveralWorkspacesReportsEachAsItFinishes() throws Exception {
    try (Emulator second = Emulator.start(EmulatorOptions.builder().apiKey(KEY).build())) {
      FeaturebaseClient secondClient = clientOf(second);
      WorkspaceConfig eu =
          workspace(
              "eu",
              hook("EU one", WebhookStatus.ACTIVE, Map.of()),
              hook("EU two", WebhookStatus.ACTIVE, Map.of()));
      WorkspaceConfig us = workspace("us", hook("US hook", WebhookStatus.ACTIVE, Map.of()));
      WebhooksConfig config =
          new WebhooksConfig(List.of(Path.of("webhooks.yaml")), List.of(eu, us));
      Planning planning = euAndUsPlanning(secondClient);
      List<String> log = new ArrayList<>();

      new Reconciler(planning, recording(log))
          .apply(
              new Reconciler.Request(config, NameFilter.ALL, Optional.empty(), 2, secretFiles(), 1),
              plan -> {});
      List<String> again = new ArrayList<>();
      new Reconciler(planning, recording(again))
          .apply(
              new Reconciler.Request(config, NameFilter.ALL, Optional.empty(), 2, secretFiles(), 1),
              plan -> {});

      assertThat(log)
          .filteredOn(l -> l.startsWith("Applied workspace"))
          .containsExactly(
              "Applied workspace 'eu' at "
                  + client.settings().baseUrl()
                  + ": 2 changes applied (1 of 2 workspaces).",
              "Applied workspace 'us' at "
                  + secondClient.settings().baseUrl()
                  + ": 1 change applied (2 of 2 workspaces).");
      assertThat(again)
          .filteredOn(l -> l.startsWith("Applied workspace"))
          .containsExactly(
              "Applied workspace 'eu' at "
                  + client.settings().baseUrl()
                  + ": nothing to change (1 of 2 workspaces).",
              "Applied workspace 'us' at "
                  + secondClient.settings().baseUrl()
                  + ": nothing to change (2 of 2 workspaces).");
    }
  }

  @Test
  void aWorkspaceWithFailuresSaysHowManyOfItsChangesLanded() throws Exception {
    try (Emulator second = Emulator.start(EmulatorOptions.builder().apiKey(KEY).build())) {
      FeaturebaseClient secondClient = clientOf(second);
      WorkspaceConfig eu =
          workspace(
              "eu",
              hook("EU one", WebhookStatus.ACTIVE, Map.of()),
              hook("EU two", WebhookStatus.ACTIVE, Map.of()));
      WorkspaceConfig us =
          new WorkspaceConfig("us", Optional.empty(), Optional.empty(), false, List.of(), HERE);
      WebhooksConfig config =
          new WebhooksConfig(List.of(Path.of("webhooks.yaml")), List.of(eu, us));
      Planning planning = euAndUsPlanning(secondClient);
      List<String> log = new ArrayList<>();
      rejectNextCreate();

      new Reconciler(planning, recording(log))
          .apply(
              new Reconciler.Request(config, NameFilter.ALL, Optional.empty(), 1, secretFiles(), 1),
              plan -> {});

      assertThat(log)
          .filteredOn(l -> l.startsWith("Applied workspace 'eu'"))
          .singleElement()
          .asString()
          .endsWith(": 1 of 2 changes applied, 1 failed (1 of 2 workspaces).");
    }
  }

  @Test
  void anApplyHeldUpByTheRateLimitSaysHowFarItGot() throws Exception {
    apply(
        config(
            false,
            hook("A", WebhookStatus.ACTIVE, Map.of()),
            hook("B", WebhookStatus.ACTIVE, Map.of()),
            hook("Same", WebhookStatus.ACTIVE, Map.of())),
        Optional.empty());
    List<String> lines = new ArrayList<>();
    FeaturebaseClient logging =
        FeaturebaseClient.create(
            ClientSettings.builder(emulator.baseUrl(), KEY)
                .readTimeout(Duration.ofSeconds(2))
                .transport(TestTransport.current())
                .build(),
            recording(lines));
    Planning planning =
        new Planning(
            TrustedTargets.of(logging.settings().baseUrl(), "featurebase"),
            (target, sensitive) -> logging,
            Clock.systemUTC());
    ObjectNode tooMany =
        JsonMappers.json()
            .createObjectNode()
            .put("action", "respond")
            .put("times", 1)
            .put("status", 429)
            .put(
                "body",
                "{\"error\":{\"type\":\"rate_limit_error\",\"code\":\"rate_limit_exceeded\","
                    + "\"message\":\"Too many\",\"status\":429}}");
    tooMany.putObject("headers").put("Retry-After", "2");
    admin.addFaults(
        tooMany.deepCopy().put("method", "PATCH").put("path", "/v2/webhooks/*").toString());

    Reconciler.Report report =
        new Reconciler(planning, BuildLog.NONE)
            .apply(
                new Reconciler.Request(
                    config(
                        false,
                        hook("A", WebhookStatus.PAUSED, Map.of()),
                        hook("B", WebhookStatus.PAUSED, Map.of()),
                        hook("Same", WebhookStatus.ACTIVE, Map.of())),
                    NameFilter.ALL,
                    Optional.empty(),
                    1,
                    secretFiles()),
                plan -> {});
    admin.addFaults(tooMany.deepCopy().put("method", "GET").put("path", "/v2/webhooks").toString());
    logging.listAll();

    assertThat(report.isComplete()).isTrue();
    assertThat(lines)
        .filteredOn(l -> l.startsWith("Waiting 2 s for the rate-limit window of "))
        .satisfiesExactly(
            during -> assertThat(during).endsWith("), 0 of 2 changes done."),
            after -> assertThat(after).endsWith(")."));
  }

  @Test
  void eachChangeIsOneLineOfTheBuildLog() throws Exception {
    rejectNextCreate();
    List<String> lines = new ArrayList<>();

    new Reconciler(planning(), recording(lines))
        .apply(
            new Reconciler.Request(
                config(
                    false,
                    hook("Broken", WebhookStatus.ACTIVE, Map.of()),
                    hook("Fine", WebhookStatus.ACTIVE, Map.of())),
                NameFilter.ALL,
                Optional.empty(),
                1,
                secretFiles()),
            plan -> {});

    String id =
        client.listAll().stream()
            .filter(w -> w.name().equals("Fine"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(lines)
        .filteredOn(l -> l.startsWith("+ create"))
        .satisfiesExactly(
            broken -> assertThat(broken).startsWith("+ create 'Broken': FAILED - "),
            fine -> assertThat(fine).isEqualTo("+ create 'Fine' (" + id + "): done"));
    assertThat(lines)
        .as("one workspace: no per-workspace line")
        .noneMatch(l -> l.startsWith("Applied workspace"));
  }

  @Test
  void anOutputFailingUnexpectedlyFailsItsCreateAndTheRestIsApplied() {
    Function<String, List<SecretSink>> outputs =
        name ->
            name.equals("broken")
                ? List.of(
                    new SecretSink() {
                      @Override
                      public String describe() {
                        return "an output with a bug";
                      }

                      @Override
                      public void check() {}

                      @Override
                      public void prepare() {}

                      @Override
                      public void write(io.github.fbhooks.output.SecretDocument document) {
                        throw new IllegalStateException("the output has a bug");
                      }
                    })
                : secretFiles().apply(name);

    Reconciler.Report report =
        new Reconciler(planning(), BuildLog.NONE)
            .apply(
                new Reconciler.Request(
                    config(
                        false,
                        hook("Broken", WebhookStatus.ACTIVE, Map.of()),
                        hook("Fine", WebhookStatus.ACTIVE, Map.of())),
                    NameFilter.ALL,
                    Optional.empty(),
                    2,
                    outputs),
                plan -> {});

    assertThat(report.outcomes())
        .extracting(o -> o.change().name() + " " + o.applied())
        .containsExactly("Broken false", "Fine true");
    assertThat(report.outcomes().get(0).detail()).contains("the output has a bug");
    assertThat(dir.resolve("secrets/fine.secret")).exists();
  }

  @Test
  void whenTheListAfterTheCreatesFailsTheCreatesStandAndTheNextPlanChecks() throws Exception {
    List<String> lines = new ArrayList<>();

    Reconciler.Report report =
        new Reconciler(planning(), recording(lines))
            .apply(
                new Reconciler.Request(
                    config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())),
                    NameFilter.ALL,
                    Optional.empty(),
                    1,
                    secretFiles()),
                plan -> {
                  try {
                    admin.addFaults(
                        "{\"method\":\"GET\",\"path\":\"/v2/webhooks\",\"times\":9,"
                            + "\"action\":\"respond\",\"status\":403,\"body\":\"{\\\"error\\\":"
                            + "{\\\"type\\\":\\\"authorization_error\\\",\\\"code\\\":"
                            + "\\\"forbidden\\\",\\\"message\\\":\\\"no\\\",\\\"status\\\":403}}\"}");
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                });

    assertThat(report.isComplete()).isTrue();
    assertThat(report.outcomes()).singleElement().satisfies(o -> assertThat(o.applied()).isTrue());
    assertThat(lines).anyMatch(l -> l.startsWith("Could not list the workspace after creating"));
  }

  @Test
  void markersOfCreatesThatNeverLandedOrAreNoLongerDeclaredAreSettled() throws Exception {
    IntentJournal journal = journal();
    for (String name : List.of("Never landed", "Orphan")) {
      journal.record(
          IntentJournal.Kind.CREATE, client.settings().baseUrl(), name, name, Optional.empty());
    }
    Webhook orphan =
        client.create(Applier.createBody(hook("Orphan", WebhookStatus.ACTIVE, Map.of())));
    List<String> log = new ArrayList<>();

    new Reconciler(planning(), recording(log), journal)
        .apply(
            new Reconciler.Request(
                config(false, hook("Production", WebhookStatus.ACTIVE, Map.of())),
                NameFilter.ALL,
                Optional.empty(),
                1,
                secretFiles()),
            plan -> {});

    assertThat(dir.resolve("intents")).isEmptyDirectory();
    assertThat(log)
        .anyMatch(
            l ->
                l.contains("creating the webhook 'Never landed'")
                    && l.endsWith("before the webhook existed; nothing was lost."))
        .anyMatch(
            l ->
                l.contains("after creating it (" + orphan.id() + ")")
                    && l.contains("The configuration no longer declares it")
                    && l.contains("get its secret with"));
  }

  private static BuildLog recording(List<String> lines) {
    return new BuildLog() {
      @Override
      public boolean isDebugEnabled() {
        return false;
      }

      @Override
      public void debug(java.util.function.Supplier<String> message) {}

      @Override
      public void info(String message) {
        lines.add(message);
      }

      @Override
      public void warn(String message) {
        lines.add(message);
      }
    };
  }

  @Test
  void aSavedPlanIsAppliedOnlyWhileItIsCurrent() throws Exception {
    apply(config(false, hook("A", WebhookStatus.ACTIVE, Map.of())), Optional.empty());
    WebhooksConfig next = config(false, hook("A", WebhookStatus.PAUSED, Map.of()));
    Path planFile = dir.resolve("plan.json");
    PlanJson.write(planning().plan(next, NameFilter.ALL), planFile);

    Webhook a = client.listAll().get(0);
    client.update(
        a.id(),
        io.github.fbhooks.webhook.WebhookUpdate.builder()
            .url("https://changed.example.com/a")
            .build());

    assertThatThrownBy(() -> apply(next, Optional.of(PlanJson.read(planFile))))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining(
            "webhook 'A' (" + a.id() + ") changed at Featurebase since the plan was made: url");
    assertThat(client.get(a.id()).status()).isEqualTo(WebhookStatus.ACTIVE);

    PlanJson.write(planning().plan(next, NameFilter.ALL), planFile);
    Reconciler.Report report = apply(next, Optional.of(PlanJson.read(planFile)));
    assertThat(report.isComplete()).isTrue();
    assertThat(client.get(a.id()).status()).isEqualTo(WebhookStatus.PAUSED);
  }
}
