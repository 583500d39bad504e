package io.github.fbhooks.plan;

import static io.github.fbhooks.plan.Fixtures.desired;
import static io.github.fbhooks.plan.Fixtures.live;
import static io.github.fbhooks.plan.Fixtures.with;
import static io.github.fbhooks.plan.Fixtures.withStatus;
import static io.github.fbhooks.plan.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The human plan and the Markdown summary against golden files; the JSON plan and staleness. */
class PlanRenderingTest {

  private static final String ID_A = "aaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String ID_B = "bbbbbbbbbbbbbbbbbbbbbbbb";
  private static final String ID_C = "cccccccccccccccccccccccc";
  private static final String ID_D = "dddddddddddddddddddddddd";

  @TempDir Path dir;

  private static DesiredWebhook updated() {
    DesiredWebhook base = desired("Staging Webhook");
    return with(
        base,
        "https://staging.example.com/v2",
        Optional.of("Staging events"),
        List.of("post.created", "post.voted"),
        WebhookStatus.ACTIVE,
        Optional.empty(),
        Map.of("X-Token", new HeaderValue("tok-secret-value", true)),
        false,
        Set.of());
  }

  private static Plan samplePlan(boolean prune) {
    List<String> warnings = new ArrayList<>();
    List<Webhook> live =
        List.of(
            live(ID_A, desired("Staging Webhook")),
            withStatus(live(ID_B, desired("Flaky Webhook")), WebhookStatus.SUSPENDED),
            live(ID_C, desired("Legacy Webhook")),
            live(ID_D, desired("Quiet Webhook")));
    WorkspacePlan workspace =
        new Planner()
            .plan(
                workspace(
                    prune,
                    desired("Production Webhook"),
                    updated(),
                    desired("Flaky Webhook"),
                    desired("Quiet Webhook")),
                "https://do.featurebase.app",
                live,
                NameFilter.ALL,
                warnings);
    return new Plan(Instant.parse("2026-11-27T10:00:00Z"), List.of(workspace), warnings);
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = PlanRenderingTest.class.getResourceAsStream("/plan/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void eachKindOfChangeHasItsColourAndOtherLinesStayPlain() {
    assertThat(PlanRenderer.coloured("  + create 'A'"))
        .isEqualTo("\u001B[32m  + create 'A'\u001B[0m");
    assertThat(PlanRenderer.coloured("  ~ update 'A' (x)"))
        .isEqualTo("\u001B[33m  ~ update 'A' (x)\u001B[0m");
    assertThat(PlanRenderer.coloured("  - delete 'A' (x)"))
        .isEqualTo("\u001B[31m  - delete 'A' (x)\u001B[0m");
    assertThat(PlanRenderer.coloured("      url: a -> b")).isEqualTo("      url: a -> b");
    assertThat(PlanRenderer.coloured("Plan: 1 to create, 0 to update, 0 to delete."))
        .doesNotContain("\u001B");
  }

  @Test
  void humanPlanMatchesTheGoldenFile() throws IOException {
    String text = String.join("\n", PlanRenderer.text(samplePlan(true))) + "\n";

    assertThat(text).isEqualTo(golden("plan.txt"));
    assertThat(text).doesNotContain("tok-secret-value").doesNotContain("whsec_");
  }

  @Test
  void markdownSummaryMatchesTheGoldenFile() throws IOException {
    assertThat(PlanRenderer.markdown(samplePlan(false))).isEqualTo(golden("plan.md"));
  }

  /** One line about a suspended webhook, and it says what apply does for each kind of change. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("suspendedOutcomes")
  void aSuspendedWebhookLineSaysTheOneThingApplyDoes(
      String title, boolean prune, DesiredWebhook declared, String outcome) {
    Webhook flaky = withStatus(live(ID_B, desired("Flaky Webhook")), WebhookStatus.SUSPENDED);
    WorkspacePlan workspace =
        declared == null
            ? new Planner()
                .plan(workspace(prune), "u", List.of(flaky), NameFilter.ALL, new ArrayList<>())
            : new Planner()
                .plan(
                    workspace(prune, declared),
                    "u",
                    List.of(flaky),
                    NameFilter.ALL,
                    new ArrayList<>());

    List<String> lines = PlanRenderer.text(new Plan(Instant.EPOCH, List.of(workspace), List.of()));

    assertThat(lines)
        .filteredOn(line -> line.startsWith("  ! suspended"))
        .containsExactly(
            "  ! suspended 'Flaky Webhook' ("
                + ID_B
                + "): suspended by Featurebase after delivery failures"
                + outcome);
  }

  static Stream<Arguments> suspendedOutcomes() {
    DesiredWebhook active = desired("Flaky Webhook");
    DesiredWebhook paused =
        with(
            active,
            active.url(),
            active.description(),
            active.topics(),
            WebhookStatus.PAUSED,
            active.timeoutMs(),
            active.headers(),
            false,
            Set.of());
    DesiredWebhook ignored =
        with(
            active,
            active.url(),
            active.description(),
            active.topics(),
            WebhookStatus.ACTIVE,
            active.timeoutMs(),
            active.headers(),
            false,
            Set.of("status"));
    return Stream.of(
        Arguments.of(
            "declared active", false, active, "; apply reactivates it and resets its health"),
        Arguments.of("declared paused", false, paused, "; apply sets it paused"),
        Arguments.of(
            "status ignored",
            false,
            ignored,
            "; apply leaves it suspended, since its status is in ignoreChanges"),
        Arguments.of(
            "status ignored, description changed",
            false,
            with(
                ignored,
                ignored.url(),
                Optional.of("Now described"),
                ignored.topics(),
                WebhookStatus.ACTIVE,
                ignored.timeoutMs(),
                ignored.headers(),
                false,
                Set.of("status")),
            "; apply leaves it suspended, since its status is in ignoreChanges"),
        Arguments.of("pruned", true, null, "; apply deletes it"),
        Arguments.of("unmanaged", false, null, ""));
  }

  @Test
  void anOverlapRotationInProgressIsOneLineForEachWebhookAndNoChange() {
    Webhook original = live(ID_A, desired("Hook"));
    Webhook twin =
        Webhook.builder(ID_B)
            .name("Hook")
            .url(original.url())
            .topics(original.topics())
            .status(WebhookStatus.ACTIVE)
            .secret(io.github.fbhooks.secret.Secret.of("whsec_twin"))
            .description(io.github.fbhooks.webhook.RotationTwins.twinDescription(original))
            .build();
    WorkspacePlan workspace =
        new Planner()
            .plan(
                workspace(false, desired("Hook")),
                "u",
                List.of(original, twin),
                NameFilter.ALL,
                new ArrayList<>());
    Plan plan = new Plan(Instant.EPOCH, List.of(workspace), List.of());

    assertThat(PlanRenderer.text(plan))
        .containsExactly(
            "Workspace of server 'featurebase' (u):",
            "  * rotating 'Hook' ("
                + ID_A
                + "): an overlap rotation is in progress; apply leaves it and its twin alone"
                + " until complete-rotation",
            "  * rotating 'Hook' ("
                + ID_B
                + "): the twin of "
                + ID_A
                + " in an overlap rotation, with the new secret; apply leaves it alone until"
                + " complete-rotation",
            "No changes. Live webhooks match the configuration. An overlap rotation is in"
                + " progress: 2 webhooks left alone until complete-rotation.");
    assertThat(plan.hasChanges()).isFalse();
    assertThat(PlanJson.toJson(plan).path("summary").path("rotating").asInt()).isEqualTo(2);
    assertThat(PlanRenderer.markdown(plan)).contains("| `*` rotating | Hook | " + ID_B + " |");
  }

  @Test
  void hostileLiveValuesCannotForgeLogLinesOrInjectMarkup() {
    String hostile = "<script>alert(1)</script>\n[INFO] BUILD SUCCESS\u202E";
    Webhook evil =
        new Webhook(
            ID_C,
            hostile,
            "https://user:hunter2@evil.example/hook?token=t0ps3cret&x=1",
            null,
            "desc\r\n[ERROR] forged",
            List.of("post.created"),
            WebhookStatus.ACTIVE,
            null,
            null,
            null,
            null,
            null,
            null);
    DesiredWebhook pinned =
        new DesiredWebhook(
            "Pinned",
            Optional.of(ID_C),
            "https://example.com/hook?token=also-secret",
            Optional.empty(),
            List.of("post.created"),
            WebhookStatus.ACTIVE,
            Optional.empty(),
            Map.of(),
            false,
            Set.of(),
            desired("x").location());
    WorkspacePlan workspace =
        new Planner()
            .plan(
                workspace(true, pinned),
                "https://do.featurebase.app",
                List.of(evil),
                NameFilter.ALL,
                new ArrayList<>());
    Plan plan = new Plan(Instant.EPOCH, List.of(workspace), List.of());

    List<String> lines = PlanRenderer.text(plan);
    String markdown = PlanRenderer.markdown(plan);

    assertThat(lines).noneMatch(l -> l.contains("\n") || l.contains("\r") || l.contains("\u202E"));
    assertThat(String.join("\n", lines))
        .contains("<script>alert(1)</script>\\n[INFO] BUILD SUCCESS\\u202E")
        .contains("https://***@evil.example/hook?token=***&x=***")
        .contains("https://example.com/hook?token=***")
        .doesNotContain("hunter2")
        .doesNotContain("t0ps3cret")
        .doesNotContain("also-secret");
    assertThat(PlanJson.toJson(plan).toString())
        .doesNotContain("hunter2")
        .doesNotContain("t0ps3cret")
        .doesNotContain("also-secret");
    assertThat(markdown)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .doesNotContain("hunter2")
        .doesNotContain("t0ps3cret")
        .doesNotContain("\n[INFO]")
        .doesNotContain("\r");
  }

  @Test
  void jsonPlanHasTheDocumentedShapeAndNoSecrets() throws IOException {
    Path file = dir.resolve("target/featurebase/plan.json");
    PlanJson.write(samplePlan(true), file);
    JsonNode json = PlanJson.read(file).tree();
    String text = Files.readString(file);

    assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("create").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("update").asInt()).isEqualTo(2);
    assertThat(json.path("summary").path("delete").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("hasChanges").asBoolean()).isTrue();
    // one name for "no change", in the summary as in each change
    assertThat(json.path("summary").path("no_change").asInt()).isEqualTo(1);
    assertThat(json.path("summary").has("no_op")).isFalse();
    assertThat(json.findValuesAsText("action")).contains("no_change");
    JsonNode update = json.path("workspaces").get(0).path("changes").get(1);
    assertThat(update.path("action").asText()).isEqualTo("update");
    assertThat(update.path("webhookId").asText()).isEqualTo(ID_A);
    assertThat(update.path("fields").get(0).path("field").asText()).isEqualTo("url");
    assertThat(update.path("liveDigests").path("url").asText()).matches("[0-9a-f]{16}");
    assertThat(text).doesNotContain("tok-secret-value").doesNotContain("whsec_");
  }

  @Test
  void aPlanFileOfAnotherFormatIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.json"), "{\"formatVersion\": 7}");

    assertThatThrownBy(() -> PlanJson.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format version 1");
  }

  @Test
  void aSavedPlanIsCurrentWhenNothingChanged() {
    SavedPlan saved = SavedPlan.of(samplePlan(true));

    saved.requireCurrent(samplePlan(true));
  }

  @Test
  void aSavedPlanIsStaleWhenAWebhookChangedAtFeaturebase() {
    SavedPlan saved = SavedPlan.of(samplePlan(true));
    List<Webhook> live =
        List.of(
            live(
                ID_A,
                with(
                    desired("Staging Webhook"),
                    "https://changed.example.com",
                    Optional.empty(),
                    List.of("post.created"),
                    WebhookStatus.ACTIVE,
                    Optional.empty(),
                    Map.of(),
                    false,
                    Set.of())),
            withStatus(live(ID_B, desired("Flaky Webhook")), WebhookStatus.SUSPENDED),
            live(ID_C, desired("Legacy Webhook")),
            live(ID_D, desired("Quiet Webhook")));
    WorkspacePlan now =
        new Planner()
            .plan(
                workspace(
                    true,
                    desired("Production Webhook"),
                    updated(),
                    desired("Flaky Webhook"),
                    desired("Quiet Webhook")),
                "https://do.featurebase.app",
                live,
                NameFilter.ALL,
                new ArrayList<>());

    assertThatThrownBy(() -> saved.requireCurrent(new Plan(Instant.now(), List.of(now), List.of())))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining(
            "webhook 'Staging Webhook' ("
                + ID_A
                + ") changed at Featurebase since the plan was made: url")
        .hasMessageContaining("nothing was applied");
  }

  @Test
  void aSavedPlanIsStaleWhenTheConfigurationChanged() {
    SavedPlan saved = SavedPlan.of(samplePlan(true));

    assertThatThrownBy(() -> saved.requireCurrent(samplePlan(false)))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("webhook 'Legacy Webhook' (" + ID_C + ")");
  }

  private static Plan planOf(WorkspaceConfig workspace, Webhook... live) {
    List<String> warnings = new ArrayList<>();
    WorkspacePlan planned =
        new Planner()
            .plan(workspace, "https://do.featurebase.app", List.of(live), NameFilter.ALL, warnings);
    return new Plan(Instant.EPOCH, List.of(planned), warnings);
  }

  private static DesiredWebhook hook(Map<String, HeaderValue> headers, Set<String> ignored) {
    DesiredWebhook base = desired("Hook");
    return with(
        base,
        base.url(),
        Optional.empty(),
        base.topics(),
        WebhookStatus.ACTIVE,
        Optional.empty(),
        headers,
        false,
        ignored);
  }

  @Test
  void aSavedPlanIsStaleWhenOnlyTheLiveStatusChanged() {
    DesiredWebhook ignoresStatus = hook(Map.of(), Set.of("status"));
    Webhook hook = live(ID_A, desired("Hook"));
    SavedPlan saved = SavedPlan.of(planOf(workspace(false, ignoresStatus), hook));
    Plan now = planOf(workspace(false, ignoresStatus), withStatus(hook, WebhookStatus.PAUSED));

    assertThat(now.workspaces().get(0).changes().get(0).action()).isEqualTo(Action.NO_OP);
    assertThatThrownBy(() -> saved.requireCurrent(now))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining(
            "'Hook' (" + ID_A + ") changed at Featurebase since the plan was made: status");
  }

  @Test
  void aSavedPlanIsStaleWhenOnlyIgnoreChangesChanged() {
    Webhook hook = live(ID_A, desired("Hook"));
    SavedPlan saved = SavedPlan.of(planOf(workspace(false, hook(Map.of(), Set.of())), hook));
    Plan now = planOf(workspace(false, hook(Map.of(), Set.of("description"))), hook);

    assertThatThrownBy(() -> saved.requireCurrent(now))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining(
            "'Hook' (" + ID_A + "): the configuration changed since the plan was made");
  }

  @Test
  void aSavedPlanIsStaleWhenAPlainHeaderChangedThatTheDiffIgnores() {
    Webhook hook = live(ID_A, desired("Hook"));
    Set<String> ignored = Set.of("headers");
    SavedPlan saved =
        SavedPlan.of(
            planOf(
                workspace(false, hook(Map.of("X-Env", new HeaderValue("prod", false)), ignored)),
                hook));
    Plan now =
        planOf(
            workspace(false, hook(Map.of("X-Env", new HeaderValue("staging", false)), ignored)),
            hook);

    assertThatThrownBy(() -> saved.requireCurrent(now))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("the configuration changed since the plan was made");
  }

  @Test
  void aSavedPlanWithSeveralCreatesIsCurrentWhileNothingChanged() {
    WorkspaceConfig two = workspace(false, desired("New one"), desired("New two"));

    SavedPlan.of(planOf(two)).requireCurrent(planOf(two));
  }

  @Test
  void aSavedPlanIsStaleWhenTheConfigurationNowDeclaresMore() {
    Webhook hook = live(ID_A, desired("Hook"));
    SavedPlan saved = SavedPlan.of(planOf(workspace(false, desired("Hook")), hook));
    Plan now = planOf(workspace(false, desired("Hook"), desired("New")), hook);

    assertThatThrownBy(() -> saved.requireCurrent(now))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("'New' would now be planned (create), but is not in the saved plan");
  }

  @Test
  void aMarkdownSummaryWithoutChangesHasNoTable() {
    Webhook hook = live(ID_A, desired("Hook"));

    String md = PlanRenderer.markdown(planOf(workspace(false, desired("Hook")), hook));

    assertThat(md)
        .isEqualTo(
            "### Featurebase webhooks plan\n\n"
                + "**No changes. Live webhooks match the configuration.**\n\n");
  }

  @Test
  void thePlanFileKeepsTheWarnings() {
    Plan withWarning =
        planOf(
            workspace(true, Fixtures.withName(desired("Old name"), "New name")),
            live(ID_A, desired("Old name")));

    assertThat(withWarning.warnings()).hasSize(1);
    assertThat(PlanJson.toJson(withWarning).path("warnings"))
        .singleElement()
        .satisfies(w -> assertThat(w.asText()).isEqualTo(withWarning.warnings().get(0)));
  }
}
