package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply and import against the emulator, as goals. */
@MojoTest
class ReconcileGoalsTest {

  private static final String KEY = "sk_reconcile_goals_key";

  /** How long the emulators of the workspace-parallelism tests take per request. */
  private static final Duration LATENCY = Duration.ofMillis(300);

  @Inject MavenSession session;
  @Inject MavenProject project;

  @TempDir Path dir;

  private Emulator emulator;
  private final CapturingLog log = new CapturingLog();

  @BeforeEach
  void start() throws IOException {
    emulator = Emulator.start(EmulatorOptions.builder().apiKey(Secret.of(KEY)).build());
    session.getSystemProperties().setProperty("env.FEATUREBASE_API_KEY", KEY);
    session.getSystemProperties().setProperty("env.RECEIVER_TOKEN", "rt-very-secret-42");
    Files.writeString(
        dir.resolve("webhooks.yaml"),
        """
        version: 1
        webhooks:
          - name: Production Webhook
            url: https://example.com/webhooks
            topics: [post.created]
            requestConfig:
              headers:
                X-Receiver-Token: ${env:RECEIVER_TOKEN}
        """);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private <T extends AbstractReconcileMojo> T configure(T mojo) {
    Modules.in(mojo.project, dir);
    mojo.baseUrl = emulator.baseUrl().toString();
    mojo.config = dir.resolve("webhooks.yaml").toFile();
    mojo.setLog(log);
    return mojo;
  }

  @Test
  @InjectMojo(goal = "plan")
  void planPrintsWritesAndReports(PlanMojo plan) throws Exception {
    Path summary = Files.createFile(dir.resolve("step-summary.md"));
    session.getSystemProperties().setProperty("env.GITHUB_STEP_SUMMARY", summary.toString());
    configure(plan).planFile = dir.resolve("saved.json").toFile();

    plan.execute();

    assertThat(log.text())
        .contains("+ create 'Production Webhook'")
        .contains("requestConfig.headers.X-Receiver-Token: (sensitive, from ${env:RECEIVER_TOKEN})")
        .contains("Plan: 1 to create, 0 to update, 0 to delete.")
        .doesNotContain("rt-very-secret-42");
    assertThat(dir.resolve("target/featurebase/plan.json")).exists();
    assertThat(dir.resolve("saved.json")).exists();
    assertThat(project.getProperties())
        .containsEntry("featurebase.plan.hasChanges", "true")
        .containsEntry("featurebase.plan.creates", "1")
        .containsEntry("featurebase.plan.updates", "0")
        .containsEntry("featurebase.plan.deletes", "0");
    assertThat(Files.readString(summary))
        .contains("### Featurebase webhooks plan")
        .contains("| `+` create | Production Webhook |")
        .doesNotContain("rt-very-secret-42");
  }

  @Test
  @InjectMojo(goal = "plan")
  void aPatternThatMatchesNothingIsAWarningAndFailsADriftCheck(PlanMojo plan) {
    configure(plan);
    plan.include = List.of("production *");
    plan.failOnChanges = true;

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "The include 'production *' pattern matches no webhook, so this drift check would"
                + " pass whatever is live. Correct -Dfeaturebase.include / -Dfeaturebase.exclude"
                + " (names are case-sensitive), or drop the pattern.");
    assertThat(log.text())
        .contains(
            "The include 'production *' pattern matches no webhook, declared or live, so it"
                + " selects nothing")
        .contains("No changes.");
  }

  @Test
  @InjectMojo(goal = "plan")
  void aWebhookLeftOutByTheFilterDoesNotNeedItsEnvironmentVariables(PlanMojo plan)
      throws Exception {
    Files.writeString(
        dir.resolve("webhooks.yaml"),
        """
        version: 1
        webhooks:
          - name: Production Webhook
            url: https://example.com/webhooks
            topics: [post.created]
          - name: Legacy Webhook
            url: https://legacy.example.com/webhooks
            topics: [post.created]
            requestConfig:
              headers:
                X-Receiver-Token: ${env:UNSET_LEGACY_TOKEN}
        """);
    configure(plan);
    plan.exclude = List.of("Legacy *");

    plan.execute();

    assertThat(log.text())
        .contains("+ create 'Production Webhook'")
        .doesNotContain("Legacy Webhook")
        .contains("Plan: 1 to create, 0 to update, 0 to delete.");

    plan.exclude = List.of();
    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("environment variable UNSET_LEGACY_TOKEN is not set");
  }

  @Test
  @InjectMojo(goal = "plan")
  void failOnChangesFailsTheBuild(PlanMojo plan) {
    configure(plan);
    plan.failOnChanges = true;

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("drifted from the configuration: Plan: 1 to create");
  }

  @Test
  void applyCreatesHandsOverTheSecretAndConverges(
      @InjectMojo(goal = "apply") ApplyMojo apply, @InjectMojo(goal = "plan") PlanMojo plan)
      throws Exception {
    configure(apply).secretDirectory = dir.resolve("secrets").toFile();

    apply.execute();

    Path secret = dir.resolve("secrets/production-webhook.secret");
    assertThat(Files.readString(secret)).startsWith("whsec_");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
    assertThat(project.getProperties().getProperty("featurebase.webhook.production-webhook.secret"))
        .isEqualTo(Files.readString(secret).trim());
    assertThat(log.text()).contains("Apply complete: 1 change(s) applied.");

    configure(plan);
    plan.failOnChanges = true;
    plan.execute();
    assertThat(log.text()).contains("No changes. Live webhooks match the configuration.");
    assertThat(log.text()).doesNotContain(Files.readString(secret).trim());
  }

  /** Declares {@code count} webhooks, {@code Hook 0} to {@code Hook <count-1>}, 3 lines each. */
  private void declare(int count) throws IOException {
    StringBuilder yaml = new StringBuilder("version: 1\nwebhooks:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - name: Hook ")
          .append(i)
          .append("\n    url: https://example.com/")
          .append(i)
          .append("\n    topics: [post.created]\n");
    }
    Files.writeString(dir.resolve("webhooks.yaml"), yaml);
  }

  @Test
  @InjectMojo(goal = "plan")
  void planWarnsPastTheDefaultLimitAndPlansEveryCreate(PlanMojo plan) throws Exception {
    declare(11);
    configure(plan);

    plan.execute();

    assertThat(log.text())
        .containsPattern("(?m)^\\[WARN\\] \\S*webhooks\\.yaml:33:5: after this plan")
        .contains(
            "webhooks.yaml:33:5: after this plan the workspace of server 'featurebase'"
                + " would hold 11 webhooks, more than Featurebase's default limit of 10; 'Hook"
                + " 10', declared here, is the first create past it.")
        .contains("Plan: 11 to create, 0 to update, 0 to delete.");
  }

  @Test
  @InjectMojo(goal = "apply")
  void applyLetsTheServerDecideAndNamesTheCreateItRefused(ApplyMojo apply) throws Exception {
    declare(11);
    configure(apply).secretDirectory = dir.resolve("secrets").toFile();
    apply.parallelism = 1;

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining(
            "Failed: + create 'Hook 10': FAILED - Featurebase did not create the webhook: the"
                + " workspace holds as many webhooks as its plan allows (400 invalid_request:"
                + " Maximum number of webhooks reached for this organization).");
    assertThat(log.text()).contains("+ create 'Hook 9'").contains(": done");

    // the result file says exactly what landed, with ids and no secret
    String text = Files.readString(dir.resolve("target/featurebase/apply-result.json"));
    JsonNode result = JsonMappers.json().readTree(text);
    assertThat(result.path("formatVersion").asInt()).isEqualTo(1);
    assertThat(result.path("complete").asBoolean(true)).isFalse();
    assertThat(result.path("summary").path("applied").asInt()).isEqualTo(10);
    assertThat(result.path("summary").path("failed").asInt()).isEqualTo(1);
    JsonNode changes = result.path("workspaces").get(0).path("changes");
    assertThat(changes).hasSize(11);
    JsonNode created = changes.get(0);
    assertThat(created.path("action").asText()).isEqualTo("create");
    assertThat(created.path("outcome").asText()).isEqualTo("applied");
    assertThat(created.path("webhookId").asText()).matches("[0-9a-f]{24}");
    JsonNode refused = changes.get(10);
    assertThat(refused.path("name").asText()).isEqualTo("Hook 10");
    assertThat(refused.path("outcome").asText()).isEqualTo("failed");
    assertThat(refused.path("detail").asText()).contains("Maximum number of webhooks reached");
    assertThat(text).doesNotContain("whsec_");

    // a later run that fails before applying leaves no result to mistake for its own
    Files.writeString(dir.resolve("webhooks.yaml"), "version: 1\nwebhooks: [oops\n");
    assertThatThrownBy(apply::execute).isInstanceOf(MojoFailureException.class);
    assertThat(dir.resolve("target/featurebase/apply-result.json")).doesNotExist();
  }

  @Test
  @InjectMojo(goal = "apply")
  void applyCreatesAnEleventhWhereTheWorkspaceAllowsIt(ApplyMojo apply) throws Exception {
    emulator.close();
    emulator =
        Emulator.start(EmulatorOptions.builder().apiKey(Secret.of(KEY)).maxWebhooks(11).build());
    declare(11);
    configure(apply).secretDirectory = dir.resolve("secrets").toFile();

    apply.execute();

    assertThat(log.text()).contains("Apply complete: 11 change(s) applied.");
  }

  @Test
  @InjectMojo(goal = "apply")
  void aBrokenConfigurationNamesFileLineAndColumn(ApplyMojo apply) throws Exception {
    Files.writeString(
        dir.resolve("webhooks.yaml"),
        "version: 1\nwebhooks:\n  - name: Hook\n    url: https://example.com\n    topics: [post.upvoted]\n");
    configure(apply).secretDirectory = dir.resolve("secrets").toFile();

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("webhooks.yaml:5:")
        .hasMessageContaining("post.voted");
  }

  @Test
  @InjectMojo(goal = "apply")
  void anUnreadableSavedPlanIsRefused(ApplyMojo apply) throws Exception {
    configure(apply).planFile = Files.writeString(dir.resolve("plan.json"), "{}").toFile();

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Cannot read the saved plan")
        .hasMessageContaining("featurebase:plan");
  }

  @Test
  @InjectMojo(goal = "import")
  void importWritesTheWorkspaceAndNeverOverwrites(ImportMojo importGoal) throws Exception {
    importGoal.baseUrl = emulator.baseUrl().toString();
    importGoal.importFile = dir.resolve("imported.yaml").toFile();
    importGoal.setLog(log);

    importGoal.execute();

    assertThat(Files.readString(dir.resolve("imported.yaml")))
        .startsWith("# yaml-language-server: $schema=")
        .contains("webhooks: []");
    assertThatThrownBy(importGoal::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("import never overwrites a file");
  }

  @Test
  @InjectMojo(goal = "import")
  void importNeverWritesThroughASymbolicLink(ImportMojo importGoal) throws Exception {
    Path elsewhere = dir.resolve("elsewhere/authorized_keys");
    Path link = Files.createSymbolicLink(dir.resolve("imported.yaml"), elsewhere);
    importGoal.baseUrl = emulator.baseUrl().toString();
    importGoal.importFile = link.toFile();
    importGoal.setLog(log);

    assertThatThrownBy(importGoal::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is a symbolic link; import never writes through one");
    assertThat(elsewhere).doesNotExist();
    assertThat(dir.resolve("elsewhere")).doesNotExist();
  }

  @Test
  @InjectMojo(goal = "plan")
  void planReplacesASymbolicLinkAtItsOutputRatherThanWritingThroughIt(PlanMojo plan)
      throws Exception {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
    Path out = Files.createDirectories(dir.resolve("target/featurebase"));
    Files.createSymbolicLink(out.resolve("plan.json"), victim);
    configure(plan);

    plan.execute();

    assertThat(victim).hasContent("keep me");
    assertThat(Files.isSymbolicLink(out.resolve("plan.json"))).isFalse();
    assertThat(Files.readString(out.resolve("plan.json"))).contains("\"formatVersion\"");
  }

  @Test
  @InjectMojo(goal = "apply")
  void parallelismOutOfRangeIsRefused(ApplyMojo apply) {
    configure(apply).parallelism = 0;

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("use 1 to 32");
  }

  @Test
  @InjectMojo(goal = "plan")
  void planListsAtMostWorkspaceParallelismWorkspacesAtOnce(PlanMojo plan) throws Exception {
    List<Emulator> workspaces = slowWorkspaces(4);
    try {
      // as -Dfeaturebase.workspaceParallelism=2 would: the unknown-property check must accept it
      session.getUserProperties().setProperty("featurebase.workspaceParallelism", "2");
      configure(plan).config = workspacesConfig(workspaces).toFile();
      plan.allowedBaseUrls = baseUrls(workspaces);
      plan.workspaceParallelism = 2;

      plan.execute();

      assertThat(log.text()).contains("Plan: 4 to create, 0 to update, 0 to delete.");
      // a line per workspace read, each naming its base URL, counting up to 4
      for (Emulator workspace : workspaces) {
        assertThat(log.text())
            .contains(
                "[INFO] Read workspace 'featurebase' at " + workspace.baseUrl() + ": 0 webhooks (");
      }
      assertThat(log.text()).contains(" (4 of 4 workspaces).");
      assertThat(requestsAtOnce(workspaces))
          .as("list requests in flight at once, the default would allow 4")
          .isLessThanOrEqualTo(2);
    } finally {
      workspaces.forEach(Emulator::close);
    }
  }

  @Test
  @InjectMojo(goal = "apply")
  void applyHandlesAtMostWorkspaceParallelismWorkspacesAtOnce(ApplyMojo apply) throws Exception {
    List<Emulator> workspaces = slowWorkspaces(4);
    try {
      configure(apply).config = workspacesConfig(workspaces).toFile();
      apply.allowedBaseUrls = baseUrls(workspaces);
      apply.secretDirectory = dir.resolve("secrets").toFile();
      apply.workspaceParallelism = 1;

      apply.execute();

      assertThat(log.text()).contains("Apply complete: 4 change(s) applied.");
      assertThat(log.text())
          .contains(
              "[INFO] Applied workspace 'featurebase' at "
                  + workspaces.get(0).baseUrl()
                  + ": 1 change applied (1 of 4 workspaces).")
          .contains(
              "[INFO] Applied workspace 'featurebase' at "
                  + workspaces.get(3).baseUrl()
                  + ": 1 change applied (4 of 4 workspaces).");
      assertThat(requestsAtOnce(workspaces))
          .as("requests (lists, then creates) in flight at once")
          .isEqualTo(1);
    } finally {
      workspaces.forEach(Emulator::close);
    }
  }

  @Test
  @InjectMojo(goal = "plan")
  void workspaceParallelismOutOfRangeIsRefusedBeforeAnythingIsSent(PlanMojo plan) throws Exception {
    configure(plan);
    plan.workspaceParallelism = 17;

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "-Dfeaturebase.workspaceParallelism is 17; use 1 to 16"
                + " (-Dfeaturebase.workspaceParallelism=4).");
    assertThat(new EmulatorAdminClient(emulator.baseUrl()).saveRequestLog(dir.resolve("log.json")))
        .isZero();
  }

  @Test
  @InjectMojo(goal = "apply")
  void workspaceParallelismZeroIsRefused(ApplyMojo apply) {
    configure(apply).workspaceParallelism = 0;

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("workspaceParallelism is 0; use 1 to 16")
        .hasMessageContaining("-Dfeaturebase.workspaceParallelism=");
  }

  /** Emulators, one per workspace, that take {@link #LATENCY} to answer each request. */
  private static List<Emulator> slowWorkspaces(int count) throws IOException {
    List<Emulator> emulators = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      emulators.add(
          Emulator.start(
              EmulatorOptions.builder().apiKey(Secret.of(KEY)).latency(LATENCY).build()));
    }
    return emulators;
  }

  /** {@return the emulators' base URLs, as allowedBaseUrls lists them} */
  private static List<String> baseUrls(List<Emulator> emulators) {
    return emulators.stream().map(e -> e.baseUrl().toString()).toList();
  }

  /**
   * One workspace per emulator, each with a webhook to create. They share the key, but not the base
   * URL, so they may run at once.
   */
  private Path workspacesConfig(List<Emulator> emulators) throws IOException {
    StringBuilder yaml = new StringBuilder("version: 1\nworkspaces:\n");
    for (int i = 0; i < emulators.size(); i++) {
      yaml.append(
          """
            - serverId: featurebase
              baseUrl: %s
              webhooks:
                - name: Hook %d
                  url: https://example.com/hook-%d
                  topics: [post.created]
          """
              .formatted(emulators.get(i).baseUrl(), i, i));
    }
    return Files.writeString(dir.resolve("workspaces.yaml"), yaml);
  }

  /**
   * The most API requests in flight at once across the emulators, as far as their logs show: a
   * request that arrived less than {@link #LATENCY} before another was still waiting when that one
   * arrived. Never more than the real number.
   */
  private int requestsAtOnce(List<Emulator> emulators) throws IOException {
    List<Instant> arrivals = new ArrayList<>();
    for (Emulator emulator : emulators) {
      Path file = dir.resolve("requests-" + emulator.port() + ".json");
      new EmulatorAdminClient(emulator.baseUrl()).saveRequestLog(file);
      for (JsonNode request : JsonMappers.json().readTree(file.toFile()).path("requests")) {
        if (request.path("path").asText().startsWith("/v2/")) {
          arrivals.add(Instant.parse(request.path("at").asText()));
        }
      }
    }
    Collections.sort(arrivals);
    int most = 0;
    for (int i = 0; i < arrivals.size(); i++) {
      Instant arrival = arrivals.get(i);
      int inFlight = 0;
      for (int j = 0; j <= i; j++) {
        if (Duration.between(arrivals.get(j), arrival).compareTo(LATENCY) < 0) {
          inFlight++;
        }
      }
      most = Math.max(most, inFlight);
    }
    return most;
  }

  @Test
  @InjectMojo(goal = "plan")
  void aWrongKeyOfAWorkspaceNamesItsServer(PlanMojo plan) throws Exception {
    Files.writeString(
        dir.resolve("webhooks.yaml"),
        """
        version: 1
        workspaces:
          - serverId: featurebase-staging
            webhooks: []
        """);
    configure(plan);
    plan.settings =
        RotateSecretMojoTest.settingsWithServer("featurebase-staging", "sk_staging_wrong_key_77");
    plan.allowedServerIds = List.of("featurebase-staging");
    session.getSystemProperties().remove("env.FEATUREBASE_API_KEY");

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Check the API key from settings.xml server 'featurebase-staging':")
        .hasMessageNotContaining("server 'featurebase'")
        .hasMessageNotContaining("sk_staging_wrong_key_77");
  }

  @Test
  @InjectMojo(goal = "plan")
  void anUnreachableApiIsAnEnvironmentError(PlanMojo plan) {
    configure(plan);
    emulator.close();

    assertThatThrownBy(plan::execute).isInstanceOf(MojoExecutionException.class);
  }
}
