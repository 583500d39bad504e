package io.github.fbhooks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.RetryPolicy;
import io.github.fbhooks.api.Sleeper;
import io.github.fbhooks.apply.ChangeOutcome;
import io.github.fbhooks.apply.Reconciler;
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
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.plan.Action;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.rotate.RotationException;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationResult;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.rotate.WebhookSelector;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of issue #6: every goal's core use case (rotate-secret, export-secret, plan,
 * apply) against the emulator, with one fault injected into the request that matters most to the
 * goal. Each cell checks that
 *
 * <ul>
 *   <li>the outcome is the expected one (recovered where repeating is safe, else a clear failure
 *       that names what happened and what to do, holding no secret), in bounded time;
 *   <li>nothing is lost: a secret output holds the live secret, or no output exists and the run
 *       failed; a secret is rotated at most once; a partial apply reports exactly what landed; a
 *       re-run of apply converges with no duplicate and the created webhook's secret on disk;
 *   <li>the debug log (HTTP exchanges included) holds no API key, secret or sensitive header.
 * </ul>
 *
 * <p>The run writes {@code target/reliability/fault-matrix.md}; {@code docs/reliability.md}
 * summarises it.
 */
class FaultMatrixTest {

  private static final Secret KEY = Secret.of("sk_test_faultmatrix_key_0123456789");
  private static final String PROD_ID = "507f1f77bcf86cd799439011";
  private static final String OLD = "whsec_seededsecretthatmustberotated0001";
  private static final String LEGACY_SECRET = "whsec_legacysecretthatmustnotleak000002";
  private static final String SENSITIVE_HEADER = "tok-sensitive-header-value-77";
  private static final SourceLocation HERE = new SourceLocation(Path.of("webhooks.yaml"), 1, 1);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration BOUND = Duration.ofSeconds(15);
  private static final Map<String, String> RESULTS = Collections.synchronizedMap(new TreeMap<>());

  /** The goals, and the request of each that the fault hits. */
  enum Goal {
    ROTATE("rotate-secret", "POST", "/v2/webhooks/*/secret"),
    EXPORT("export-secret", "GET", "/v2/webhooks/*"),
    PLAN("plan", "GET", "/v2/webhooks"),
    APPLY("apply", "POST", "/v2/webhooks");

    final String goal;
    final String method;
    final String path;

    Goal(String goal, String method, String path) {
      this.goal = goal;
      this.method = method;
      this.path = path;
    }

    String request() {
      return method + " " + path;
    }
  }

  /** What a cell must end in. */
  enum Expect {
    /** The goal succeeded (the client or the use case repeated what was safe to repeat). */
    OK,
    /** The goal failed with a clear message (for apply: an incomplete report or an exception). */
    FAIL
  }

  /**
   * The faults. {@code expect} lists the outcome for rotate-secret, export-secret, plan, apply.
   * {@code json} is the fault body without method and path.
   */
  enum Fault {
    E401("401 authentication_error", "FFFF", respond(401, "authentication_error", "")),
    E403("403 authorization_error", "FFFF", respond(403, "authorization_error", "")),
    E404("404 not found", "FFFF", respond(404, "webhook_not_found", "")),
    E400("400 with details", "FFFF", respond(400, "invalid_parameter", DETAILS)),
    E429_RETRY_AFTER("429 + Retry-After: 1", "OOOO", rateLimited("Retry-After", "1")),
    E429_RESET("429 + only X-RateLimit-Reset: 2", "OOOO", rateLimited("X-RateLimit-Reset", "2")),
    E500("500 internal_error", "OOOO", respond(500, "internal_error", "")),
    E502("502 (JSON)", "OOOO", respond(502, "bad_gateway", "")),
    E503("503 (JSON)", "OOOO", respond(503, "service_unavailable", "")),
    E504("504 (JSON)", "OOOO", respond(504, "gateway_timeout", "")),
    E503_ALWAYS("503 on every attempt", "FFFF", respond(503, "service_unavailable", "") + TIMES),
    READ_TIMEOUT(
        "read timeout (processed after 1.2 s)",
        "OOOO",
        "\"action\":\"delay\"," + "\"delayMs\":1200"),
    REFUSED("connection refused", "FFFF", ""),
    RESET("connection reset mid-response (processed)", "OOOO", "\"action\":\"reset\""),
    LOST("response lost (processed, no answer)", "OOOO", "\"action\":\"drop\""),
    MALFORMED("200 with malformed JSON", "OFFO", body(200, "application/json", "{\\\"id\\\":")),
    WRONG_SHAPE(
        "200 with JSON of the wrong shape",
        "OFFO",
        body(200, "application/json", "{\\\"weird\\\":true}")),
    HTML_502(
        "502 HTML page from a proxy",
        "OOOO",
        body(502, "text/html", "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>")),
    HTML_200(
        "200 HTML page (captive portal)",
        "OFFO",
        body(200, "text/html", "<html><body>Please log in to the Wi-Fi</body></html>"));

    final String label;
    final String expect;
    final String json;

    Fault(String label, String expect, String json) {
      this.label = label;
      this.expect = expect;
      this.json = json;
    }

    Expect expected(Goal goal) {
      return expect.charAt(goal.ordinal()) == 'O' ? Expect.OK : Expect.FAIL;
    }
  }

  private static final String DETAILS =
      ",\\\"details\\\":[{\\\"path\\\":\\\"topics[0]\\\",\\\"message\\\":\\\"bad topic\\\"}]";
  private static final String TIMES = ",\"times\":100";

  private static String respond(int status, String code, String extra) {
    String envelope =
        "{\\\"error\\\":{\\\"type\\\":\\\"x\\\",\\\"code\\\":\\\""
            + code
            + "\\\",\\\"message\\\":\\\"injected\\\",\\\"status\\\":"
            + status
            + extra
            + "}}";
    return body(status, "application/json", envelope);
  }

  private static String rateLimited(String header, String value) {
    return respond(429, "rate_limit_exceeded", "")
        + ",\"headers\":{\""
        + header
        + "\":\""
        + value
        + "\"}";
  }

  private static String body(int status, String contentType, String body) {
    return "\"action\":\"respond\",\"status\":"
        + status
        + ",\"contentType\":\""
        + contentType
        + "\",\"body\":\""
        + body
        + "\"";
  }

  static Stream<Arguments> cells() {
    return Stream.of(Fault.values())
        .flatMap(f -> Stream.of(Goal.values()).map(g -> Arguments.of(f, g)));
  }

  @TempDir Path dir;

  private Emulator emulator;
  private EmulatorAdminClient admin;
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private Fault fault;
  private long started;
  private Duration elapsed;

  /**
   * Stops the cell's clock, then waits until a request the emulator delays has been processed, so
   * the checks see its effect (a client that timed out does not stop the server).
   */
  private void settle() throws InterruptedException {
    elapsed = Duration.ofNanos(System.nanoTime() - started);
    if (fault == Fault.READ_TIMEOUT) {
      Thread.sleep(1500);
    }
  }

  @BeforeEach
  void start() throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        """
        {"webhooks":[
          {"id":"%s","name":"Production Webhook","url":"https://example.com/hook",
           "topics":["post.created"],"secret":"%s"},
          {"id":"507f1f77bcf86cd799439012","name":"Legacy","url":"https://example.com/old",
           "topics":["post.created"],"secret":"%s"}]}
        """
            .formatted(PROD_ID, OLD, LEGACY_SECRET));
    emulator = Emulator.start(EmulatorOptions.builder().apiKey(KEY).seedFile(seed).build());
    admin = new EmulatorAdminClient(emulator.baseUrl());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @AfterAll
  static void writeTable() throws IOException {
    Path out = Path.of("target", "reliability", "fault-matrix.md");
    Files.createDirectories(out.getParent());
    StringBuilder md = new StringBuilder();
    md.append("# Fault matrix (generated by FaultMatrixTest)\n\n");
    md.append("Fault injected into: ");
    for (Goal g : Goal.values()) {
      md.append(g.goal).append(" `").append(g.request()).append("`; ");
    }
    md.append("\n\n| fault | ");
    for (Goal g : Goal.values()) {
      md.append(g.goal).append(" | ");
    }
    md.append("\n|---|");
    md.append("---|".repeat(Goal.values().length)).append('\n');
    for (Fault f : Fault.values()) {
      md.append("| ").append(f.label).append(" | ");
      for (Goal g : Goal.values()) {
        md.append(RESULTS.getOrDefault(key(f, g), "(not run)")).append(" | ");
      }
      md.append('\n');
    }
    Files.writeString(out, md.toString());
  }

  private static String key(Fault f, Goal g) {
    return String.format(Locale.ROOT, "%02d-%d", f.ordinal(), g.ordinal());
  }

  // ---- the cell --------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("cells")
  void cell(Fault fault, Goal goal) throws Exception {
    FeaturebaseClient client = client(fault == Fault.REFUSED ? closedPort() : emulator.baseUrl());
    if (fault != Fault.REFUSED) {
      // a 404 on a single webhook is webhook_not_found; on the collection, a wrong route
      String json =
          goal == Goal.PLAN || goal == Goal.APPLY
              ? fault.json.replace("webhook_not_found", "not_found")
              : fault.json;
      admin.addFaults(
          "{\"method\":\"" + goal.method + "\",\"path\":\"" + goal.path + "\"," + json + "}");
    }
    this.fault = fault;
    started = System.nanoTime();
    Cell cell =
        switch (goal) {
          case ROTATE -> rotate(client);
          case EXPORT -> export(client);
          case PLAN -> plan(client);
          case APPLY -> apply(client);
        };
    Duration elapsed =
        this.elapsed != null ? this.elapsed : Duration.ofNanos(System.nanoTime() - started);
    RESULTS.put(
        key(fault, goal),
        (cell.failure == null ? "ok" : "FAILS") + ": " + cell.note + " (" + ms(elapsed) + ")");

    assertThat(elapsed).as("bounded time").isLessThan(BOUND);
    assertThat(cell.failure == null ? Expect.OK : Expect.FAIL)
        .as("outcome of %s x %s: %s", fault, goal, cell.failure)
        .isEqualTo(fault.expected(goal));
    if (cell.failure != null) {
      assertClear(cell.failure);
    }
    if (fault == Fault.E429_RETRY_AFTER) {
      assertThat(waits).as("Retry-After honoured").anyMatch(w -> w.toMillis() >= 900);
    }
    if (fault == Fault.E429_RESET) {
      assertThat(waits).as("X-RateLimit-Reset honoured").anyMatch(w -> w.toMillis() >= 1500);
    }
    assertNoSecretIn(String.join("\n", logLines), "the debug log");
    if (System.getProperty("matrix.debug") != null) {
      logLines.forEach(System.out::println);
    }
  }

  /** What one goal run ended in. */
  private record Cell(String failure, String note) {}

  private Cell rotate(FeaturebaseClient client) throws IOException, InterruptedException {
    Path file = dir.resolve("out/webhook.secret");
    String failure = null;
    String note;
    try {
      RotationResult result =
          new SecretRotator(client, log())
              .rotate(
                  new RotationRequest(
                      WebhookSelector.byName("Production Webhook"), List.of(sink(file)), false));
      note =
          result.outcome().name().toLowerCase(Locale.ROOT)
              + ", "
              + result.rotateCalls()
              + " call(s)";
    } catch (RuntimeException e) {
      failure = e.getMessage();
      note =
          e.getClass().getSimpleName() + (e instanceof RotationException r ? " " + r.state() : "");
    }
    settle();
    if (note.contains("NOT_ROTATED")) {
      assertThat(live(PROD_ID)).as("NOT_ROTATED means the old secret still works").isEqualTo(OLD);
    }
    assertThat(processedRotations()).as("rotated at most once").isLessThanOrEqualTo(1);
    assertOutputIsLiveOrAbsent(file, failure);
    return new Cell(failure, note);
  }

  private Cell export(FeaturebaseClient client) throws IOException {
    Path file = dir.resolve("out/webhook.secret");
    String failure = null;
    String note;
    try {
      new SecretRotator(client, log())
          .export(new RotationRequest(WebhookSelector.byId(PROD_ID), List.of(sink(file)), false));
      note = "exported";
    } catch (RuntimeException e) {
      failure = e.getMessage();
      note = e.getClass().getSimpleName();
    }
    assertThat(processedRotations()).isZero();
    assertOutputIsLiveOrAbsent(file, failure);
    return new Cell(failure, note);
  }

  private Cell plan(FeaturebaseClient client) {
    try {
      Plan plan = planning(client).plan(config(), NameFilter.ALL);
      assertThat(plan.summary()).isEqualTo("Plan: 1 to create, 1 to update, 1 to delete.");
      return new Cell(null, "same plan as without the fault");
    } catch (RuntimeException e) {
      return new Cell(e.getMessage(), e.getClass().getSimpleName());
    }
  }

  private Cell apply(FeaturebaseClient client) throws IOException, InterruptedException {
    String failure = null;
    String note;
    Optional<Reconciler.Report> report = Optional.empty();
    try {
      report = Optional.of(reconcile(client));
      List<ChangeOutcome> failed = report.get().results().get(0).failed();
      if (failed.isEmpty()) {
        note = "applied";
        String detail =
            report.get().outcomes().stream()
                .map(ChangeOutcome::detail)
                .filter(d -> !d.isEmpty())
                .findFirst()
                .orElse("");
        note += detail.isEmpty() ? "" : " (" + detail + ")";
      } else {
        failure = failed.get(0).detail();
        note =
            "partial: "
                + report.get().results().get(0).applied().size()
                + " of "
                + report.get().outcomes().size()
                + " landed";
      }
    } catch (RuntimeException e) {
      failure = e.getMessage();
      note = e.getClass().getSimpleName() + ", nothing sent";
    }
    settle();
    List<Webhook> live = listLive();
    if (report.isPresent()) {
      // the report says exactly what landed
      for (ChangeOutcome outcome : report.get().outcomes()) {
        boolean present = live.stream().anyMatch(w -> w.name().equals(outcome.change().name()));
        if (outcome.change().action() == Action.DELETE) {
          assertThat(present).as(outcome.line()).isEqualTo(!outcome.applied());
        } else if (outcome.change().action() == Action.CREATE && outcome.applied()) {
          assertThat(present).as(outcome.line()).isTrue();
        }
      }
    } else {
      assertThat(live)
          .extracting(Webhook::name)
          .as("a failed plan sends nothing")
          .containsExactlyInAnyOrder("Production Webhook", "Legacy");
    }
    // a re-run (fault gone) converges, with no duplicate and the created secret on disk
    FeaturebaseClient healthy = client(emulator.baseUrl());
    clearFaults();
    Reconciler.Report again = reconcile(healthy);
    assertThat(again.isComplete()).as("re-run completes").isTrue();
    assertThat(planning(healthy).plan(config(), NameFilter.ALL).hasChanges())
        .as("converged")
        .isFalse();
    List<Webhook> after = listLive();
    assertThat(after)
        .extracting(Webhook::name)
        .containsExactlyInAnyOrder("Production Webhook", "New Hook");
    Webhook created =
        after.stream().filter(w -> w.name().equals("New Hook")).findFirst().orElseThrow();
    Path secretFile = dir.resolve("secrets/new-hook.secret");
    assertThat(secretFile).as("the created webhook's secret was handed over").exists();
    assertThat(Files.readString(secretFile).trim()).isEqualTo(created.secret().reveal());
    return new Cell(failure, note);
  }

  // ---- checks ----------------------------------------------------------------------------------

  private void assertOutputIsLiveOrAbsent(Path file, String failure) throws IOException {
    if (failure == null) {
      assertThat(Files.readString(file).trim())
          .as("the output holds the live secret")
          .isEqualTo(live(PROD_ID));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    } else {
      assertThat(file).as("a failed run leaves no output a later step could use").doesNotExist();
    }
    if (Files.isDirectory(file.getParent())) {
      try (Stream<Path> files = Files.list(file.getParent())) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("no temp files left")
            .allMatch(n -> n.equals("webhook.secret"));
      }
    }
  }

  private void assertClear(String message) {
    assertThat(message).as("failure message").isNotBlank().hasSizeGreaterThan(40);
    assertNoSecretIn(message, "the failure message");
    assertThat(message)
        .as("says what to do: " + message)
        .containsAnyOf(
            "run ",
            "Run ",
            "Check",
            "check ",
            "Fix",
            "Retry",
            "Raise",
            "Use ",
            "Select",
            "list the webhooks");
    assertThat(message).as("no Java internals").doesNotContain("Exception:", "\tat ");
  }

  private void assertNoSecretIn(String text, String where) {
    assertThat(text)
        .as(where)
        .doesNotContain(KEY.reveal(), OLD, LEGACY_SECRET, SENSITIVE_HEADER)
        .doesNotContainPattern("whsec_[A-Za-z0-9_-]{4,}")
        .doesNotContainPattern("sk_[A-Za-z0-9_]{6,}");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private FeaturebaseClient client(URI baseUrl) {
    Sleeper short_ =
        d -> {
          waits.add(d);
          Thread.sleep(Math.min(d.toMillis(), 20));
        };
    return FeaturebaseClient.create(
        ClientSettings.builder(baseUrl, KEY)
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(READ_TIMEOUT)
            .retryPolicy(
                RetryPolicy.DEFAULT.withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
            .transport(TestTransport.current())
            .build(),
        log(),
        Clock.systemUTC(),
        short_);
  }

  private BuildLog log() {
    return new BuildLog() {
      @Override
      public boolean isDebugEnabled() {
        return true;
      }

      @Override
      public void debug(Supplier<String> message) {
        logLines.add("[DEBUG] " + message.get());
      }

      @Override
      public void info(String message) {
        logLines.add("[INFO] " + message);
      }

      @Override
      public void warn(String message) {
        logLines.add("[WARN] " + message);
      }
    };
  }

  private static URI closedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return URI.create("http://127.0.0.1:" + port);
  }

  private FileSecretSink sink(Path file) {
    return new FileSecretSink(file, SecretFormat.RAW, "p", new OwnerOnlyFiles(log()));
  }

  private Function<String, List<SecretSink>> secretFiles() {
    return key -> List.of(sink(dir.resolve("secrets/" + key + ".secret")));
  }

  private static WebhooksConfig config() {
    DesiredWebhook prod =
        new DesiredWebhook(
            "Production Webhook",
            Optional.empty(),
            "https://example.com/hook",
            Optional.of("now with a description"),
            List.of("post.created"),
            WebhookStatus.ACTIVE,
            Optional.empty(),
            Map.of(),
            false,
            Set.of(),
            HERE);
    DesiredWebhook created =
        new DesiredWebhook(
            "New Hook",
            Optional.empty(),
            "https://example.com/new",
            Optional.empty(),
            List.of("post.updated"),
            WebhookStatus.ACTIVE,
            Optional.of(5000),
            Map.of("X-Token", new HeaderValue(SENSITIVE_HEADER, true)),
            false,
            Set.of(),
            HERE);
    return new WebhooksConfig(
        List.of(Path.of("webhooks.yaml")),
        List.of(
            new WorkspaceConfig(
                "featurebase",
                Optional.empty(),
                Optional.empty(),
                true,
                List.of(prod, created),
                HERE)));
  }

  private Planning planning(FeaturebaseClient client) {
    return new Planning(
        TrustedTargets.of(client.settings().baseUrl(), "featurebase"),
        (target, sensitive) -> client,
        Clock.systemUTC());
  }

  private Reconciler.Report reconcile(FeaturebaseClient client) {
    return new Reconciler(planning(client), log())
        .apply(
            new Reconciler.Request(config(), NameFilter.ALL, Optional.empty(), 4, secretFiles()),
            plan -> {});
  }

  private List<Webhook> listLive() {
    return FeaturebaseClient.create(ClientSettings.of(emulator.baseUrl(), KEY), BuildLog.NONE)
        .listAll();
  }

  private String live(String id) {
    return FeaturebaseClient.create(ClientSettings.of(emulator.baseUrl(), KEY), BuildLog.NONE)
        .get(id)
        .secret()
        .reveal();
  }

  /** Rotations the emulator carried out (a {@code respond} fault answers without processing). */
  private int processedRotations() throws IOException {
    Path saved = dir.resolve("requests-" + System.nanoTime() + ".json");
    admin.saveRequestLog(saved);
    int count = 0;
    for (JsonNode r : JsonMappers.json().readTree(saved.toFile()).path("requests")) {
      if (r.path("method").asText().equals("POST")
          && r.path("path").asText().endsWith("/secret")
          && !r.path("fault").asText().equals("respond")
          && !r.path("fault").asText().equals("disconnect")
          && r.path("status").asInt() == 200) {
        count++;
      }
    }
    return count;
  }

  private static String ms(Duration d) {
    return d.toMillis() + " ms";
  }

  private void clearFaults() throws IOException, InterruptedException {
    HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(emulator.baseUrl().resolve("/__emulator/faults"))
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.discarding());
  }
}
