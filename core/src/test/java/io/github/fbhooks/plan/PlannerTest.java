package io.github.fbhooks.plan;

import static io.github.fbhooks.plan.Fixtures.desired;
import static io.github.fbhooks.plan.Fixtures.live;
import static io.github.fbhooks.plan.Fixtures.with;
import static io.github.fbhooks.plan.Fixtures.withId;
import static io.github.fbhooks.plan.Fixtures.withName;
import static io.github.fbhooks.plan.Fixtures.withStatus;
import static io.github.fbhooks.plan.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.RotationTwins;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerTest {

  private static final String ID_A = "aaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String ID_B = "bbbbbbbbbbbbbbbbbbbbbbbb";

  private final List<String> warnings = new ArrayList<>();

  private WorkspacePlan plan(WorkspaceConfig workspace, Webhook... live) {
    return new Planner()
        .plan(workspace, "https://do.featurebase.app", List.of(live), NameFilter.ALL, warnings);
  }

  private static List<String> fieldLines(Change change) {
    return change.fields().stream().map(FieldChange::toString).toList();
  }

  static Stream<Arguments> fieldDiffs() {
    DesiredWebhook base = desired("Hook");
    return Stream.of(
        Arguments.of(
            "url",
            with(
                base,
                "https://new.example.com/h",
                Optional.empty(),
                base.topics(),
                WebhookStatus.ACTIVE,
                Optional.empty(),
                Map.of(),
                false,
                Set.of()),
            List.of("url: https://example.com/hook -> https://new.example.com/h")),
        Arguments.of(
            "description set",
            with(
                base,
                base.url(),
                Optional.of("All events"),
                base.topics(),
                WebhookStatus.ACTIVE,
                Optional.empty(),
                Map.of(),
                false,
                Set.of()),
            List.of("description: (none) -> \"All events\"")),
        Arguments.of(
            "topics as a set, in topic order",
            with(
                base,
                base.url(),
                Optional.empty(),
                List.of("post.voted", "post.created"),
                WebhookStatus.ACTIVE,
                Optional.empty(),
                Map.of(),
                false,
                Set.of()),
            List.of("topics: [post.created] -> [post.created, post.voted]")),
        Arguments.of(
            "paused",
            with(
                base,
                base.url(),
                Optional.empty(),
                base.topics(),
                WebhookStatus.PAUSED,
                Optional.empty(),
                Map.of(),
                false,
                Set.of()),
            List.of("status: active -> paused")),
        Arguments.of(
            "timeout",
            with(
                base,
                base.url(),
                Optional.empty(),
                base.topics(),
                WebhookStatus.ACTIVE,
                Optional.of(10000),
                Map.of(),
                false,
                Set.of()),
            List.of("requestConfig.timeoutMs: 5000 -> 10000")),
        Arguments.of(
            "plain header added",
            with(
                base,
                base.url(),
                Optional.empty(),
                base.topics(),
                WebhookStatus.ACTIVE,
                Optional.empty(),
                Map.of("X-Env", new HeaderValue("prod", false)),
                false,
                Set.of()),
            List.of("requestConfig.headers.X-Env: (none) -> prod")),
        Arguments.of(
            "sensitive header added prints masked",
            with(
                base,
                base.url(),
                Optional.empty(),
                base.topics(),
                WebhookStatus.ACTIVE,
                Optional.empty(),
                Map.of("X-Token", new HeaderValue("tok-123", true)),
                false,
                Set.of()),
            List.of("requestConfig.headers.X-Token: (none) -> (sensitive)")),
        Arguments.of(
            "ignored fields are left alone",
            with(
                base,
                "https://other.example.com",
                Optional.empty(),
                base.topics(),
                WebhookStatus.PAUSED,
                Optional.empty(),
                Map.of(),
                false,
                Set.of("status", "url")),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldDiffs")
  void diffsFieldByField(String title, DesiredWebhook wanted, List<String> expected) {
    Webhook current = live(ID_A, desired("Hook"));

    Change change = plan(workspace(false, wanted), current).changes().get(0);

    assertThat(fieldLines(change)).containsExactlyElementsOf(expected);
    assertThat(change.action()).isEqualTo(expected.isEmpty() ? Action.NO_OP : Action.UPDATE);
  }

  @Test
  void changedSensitiveHeaderValuesNeverPrint() {
    DesiredWebhook base = desired("Hook");
    DesiredWebhook wanted =
        with(
            base,
            base.url(),
            Optional.empty(),
            base.topics(),
            WebhookStatus.ACTIVE,
            Optional.empty(),
            Map.of("X-Token", new HeaderValue("new-token", true)),
            false,
            Set.of());
    Webhook current =
        live(
            ID_A,
            with(
                base,
                base.url(),
                Optional.empty(),
                base.topics(),
                WebhookStatus.ACTIVE,
                Optional.empty(),
                Map.of("X-Token", new HeaderValue("old-token", true)),
                false,
                Set.of()));

    Change change = plan(workspace(false, wanted), current).changes().get(0);

    assertThat(fieldLines(change))
        .containsExactly("requestConfig.headers.X-Token: (hidden) -> (sensitive)");
    assertThat(change.toString()).doesNotContain("new-token").doesNotContain("old-token");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "X-Token, (hidden)",
    "X-Api-Key, (hidden)",
    "Cookie-Jar, (hidden)",
    "X-Session-Id, (hidden)",
    "X-Env, 'old value'",
    "X-Team, 'old value'"
  })
  void aRemovedHeaderShowsItsLiveValueUnlessItsNameSaysItIsACredential(
      String header, String shown) {
    DesiredWebhook base = desired("Hook");
    Webhook current =
        live(
            ID_A,
            with(
                base,
                base.url(),
                Optional.empty(),
                base.topics(),
                WebhookStatus.ACTIVE,
                Optional.empty(),
                Map.of(header, new HeaderValue("old value", false)),
                false,
                Set.of()));

    assertThat(fieldLines(plan(workspace(false, base), current).changes().get(0)))
        .containsExactly("requestConfig.headers." + header + ": " + shown + " -> (none)");
  }

  private static DesiredWebhook withHeaders(Map<String, HeaderValue> headers) {
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
        Set.of());
  }

  @Test
  void headersAreComparedOneByOneWithNamesInAnyCase() {
    Webhook current =
        live(
            ID_A,
            withHeaders(
                Map.of(
                    "X-Env", new HeaderValue("prod", false),
                    "X-Team", new HeaderValue("blue", false))));
    DesiredWebhook wanted =
        withHeaders(
            Map.of(
                "x-env", new HeaderValue("prod", false),
                "X-Team", new HeaderValue("green", false)));

    assertThat(fieldLines(plan(workspace(false, wanted), current).changes().get(0)))
        .containsExactly("requestConfig.headers.X-Team: blue -> green");
  }

  @Test
  void declaredAndAbsentIsACreate() {
    WorkspacePlan plan = plan(workspace(false, desired("New")));

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.action()).isEqualTo(Action.CREATE);
              assertThat(c.webhookId()).isEmpty();
              assertThat(fieldLines(c)).contains("topics: (none) -> [post.created]");
            });
  }

  @Test
  void undeclaredIsUnmanagedWithoutPruneAndDeletedWithIt() {
    Webhook stray = live(ID_B, desired("Stray"));

    assertThat(plan(workspace(false), stray).changes())
        .extracting(Change::action)
        .containsExactly(Action.UNMANAGED);
    assertThat(plan(workspace(true), stray).changes())
        .extracting(Change::action)
        .containsExactly(Action.DELETE);
  }

  @Test
  void aRenameWithAPinnedIdIsAnUpdate() {
    Webhook current = live(ID_A, desired("Old name"));
    DesiredWebhook renamed = withId(withName(desired("Old name"), "New name"), ID_A);

    WorkspacePlan plan = plan(workspace(true, renamed), current);

    assertThat(plan.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.action()).isEqualTo(Action.UPDATE);
              assertThat(fieldLines(c)).containsExactly("name: \"Old name\" -> \"New name\"");
            });
  }

  @Test
  void aRenameWithoutIdIsACreateAndDeleteWithAWarning() {
    Webhook current = live(ID_A, desired("Old name"));
    DesiredWebhook renamed = withName(desired("Old name"), "New name");

    WorkspacePlan plan = plan(workspace(true, renamed), current);

    assertThat(plan.changes())
        .extracting(Change::action)
        .containsExactly(Action.CREATE, Action.DELETE);
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("looks like a rename")
        .contains("while 'Old name' (" + ID_A + ") is deleted")
        .contains("pin 'id: " + ID_A + "' on 'New name'");
  }

  @Test
  void aRenameWithoutIdOrPruneWarnsThatTheOldOneStaysUnmanaged() {
    Webhook current = live(ID_A, desired("Old name"));
    DesiredWebhook renamed = withName(desired("Old name"), "New name");

    WorkspacePlan plan = plan(workspace(false, renamed), current);

    assertThat(plan.changes())
        .extracting(Change::action)
        .containsExactly(Action.CREATE, Action.UNMANAGED);
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("while 'Old name' (" + ID_A + ") stays unmanaged");
  }

  @Test
  void preventDestroyRefusesAReplacement() {
    Webhook current = live(ID_A, desired("Old name"));
    DesiredWebhook base = withName(desired("Old name"), "New name");
    DesiredWebhook protectedOne =
        with(
            base,
            base.url(),
            base.description(),
            base.topics(),
            base.status(),
            base.timeoutMs(),
            base.headers(),
            true,
            Set.of());

    assertThatThrownBy(() -> plan(workspace(true, protectedOne), current))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("webhooks.yaml:3:5: webhook 'New name' has preventDestroy")
        .hasMessageContaining("Nothing was changed");
  }

  @Test
  void aPinnedIdThatDoesNotExistIsAProblem() {
    assertThatThrownBy(() -> plan(workspace(false, withId(desired("Hook"), ID_B))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("pins id " + ID_B + ", which does not exist");
    // a live webhook of another name is no hint that the id was replaced
    assertThatThrownBy(
            () ->
                plan(workspace(false, withId(desired("Hook"), ID_B)), live(ID_A, desired("Other"))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("Correct the id, or remove it")
        .hasMessageNotContaining(ID_A);
  }

  @Test
  void everyProblemIsListedOnItsOwnLine() {
    WorkspaceConfig twoMissing =
        workspace(false, withId(desired("One"), ID_A), withId(desired("Two"), ID_B));

    assertThatThrownBy(() -> plan(twoMissing))
        .isInstanceOf(PlanException.class)
        .hasMessageStartingWith("The plan cannot be made:\n  webhooks.yaml:3:5: webhook 'One'")
        .hasMessageContaining(".\n  webhooks.yaml:3:5: webhook 'Two'")
        .hasMessageEndingWith(".\nNothing was changed.")
        .satisfies(e -> assertThat(((PlanException) e).problems()).hasSize(2));
    assertThatThrownBy(() -> plan(workspace(false, withId(desired("One"), ID_A))))
        .hasMessageStartingWith("The plan cannot be made: webhooks.yaml:3:5: webhook 'One'")
        .hasMessageEndingWith(". Nothing was changed.");
  }

  @Test
  void twoLiveWebhooksWithTheDeclaredNameAreAProblem() {
    assertThatThrownBy(
            () ->
                plan(
                    workspace(false, desired("Hook")),
                    live(ID_A, desired("Hook")),
                    live(ID_B, desired("Hook"))))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining(ID_A + ", " + ID_B)
        .hasMessageContaining("Pin the one to manage with 'id:'");
  }

  @Test
  void anOmittedTimeoutIsNotManagedWhateverTheLiveValue() {
    DesiredWebhook omitted = desired("Hook");
    DesiredWebhook declared = withTimeout(omitted, 8000);

    // Featurebase answers timeoutMs 5000 for a webhook never given one (reference §3)
    Change atDefault = plan(workspace(false, omitted), live(ID_A, omitted)).changes().get(0);
    Change setElsewhere = plan(workspace(false, omitted), live(ID_A, declared)).changes().get(0);

    assertThat(live(ID_A, omitted).requestConfig().timeoutMs()).isEqualTo(5000);
    assertThat(atDefault.action()).isEqualTo(Action.NO_OP);
    assertThat(setElsewhere.action()).isEqualTo(Action.NO_OP);
  }

  private static DesiredWebhook withTimeout(DesiredWebhook d, int timeoutMs) {
    return with(
        d,
        d.url(),
        d.description(),
        d.topics(),
        d.status(),
        Optional.of(timeoutMs),
        d.headers(),
        d.preventDestroy(),
        d.ignoreChanges());
  }

  @Test
  void aSuspendedWebhookIsReactivated() {
    Webhook suspended = withStatus(live(ID_A, desired("Hook")), WebhookStatus.SUSPENDED);

    Change change = plan(workspace(false, desired("Hook")), suspended).changes().get(0);

    assertThat(change.suspended()).isTrue();
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(fieldLines(change)).containsExactly("status: suspended -> active");
  }

  @Test
  void moreThanTenWebhooksIsAWarningAtTheFirstCreatePastTheDefault() {
    DesiredWebhook[] many = new DesiredWebhook[12];
    for (int i = 0; i < many.length; i++) {
      many[i] = at(desired("Hook " + i), 10 + i);
    }
    Webhook[] live = {live(ID_A, many[0]), live(ID_B, many[1])};

    WorkspacePlan plan = plan(workspace(false, many), live);

    assertThat(plan.changes()).filteredOn(c -> c.action() == Action.CREATE).hasSize(10);
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith(
            "webhooks.yaml:20:5: after this plan the workspace of server 'featurebase' would hold"
                + " 12 webhooks, more than Featurebase's default limit of 10; 'Hook 10', declared"
                + " here, is the first create past it.")
        .contains(
            "where the limit is 10, 2 creates fail with \"Maximum number of webhooks reached\"");
  }

  @Test
  void deletesMakeRoomWithinTheDefault() {
    DesiredWebhook[] ten = new DesiredWebhook[10];
    for (int i = 0; i < ten.length; i++) {
      ten[i] = desired("Hook " + i);
    }

    plan(workspace(true, ten), live(ID_A, desired("Old")));

    assertThat(warnings).isEmpty();
  }

  private static DesiredWebhook at(DesiredWebhook d, int line) {
    return new DesiredWebhook(
        d.name(),
        d.id(),
        d.url(),
        d.description(),
        d.topics(),
        d.status(),
        d.timeoutMs(),
        d.headers(),
        d.preventDestroy(),
        d.ignoreChanges(),
        new io.github.fbhooks.config.SourceLocation(d.location().file(), line, 5));
  }

  @Test
  void filtersLimitThePlan() {
    WorkspaceConfig config = workspace(true, desired("prod-a"), desired("staging-a"));
    List<Webhook> live =
        List.of(live(ID_A, desired("prod-old")), live(ID_B, desired("staging-old")));

    WorkspacePlan plan =
        new Planner()
            .plan(config, "u", live, new NameFilter(List.of("prod-*"), List.of()), warnings);

    assertThat(plan.changes()).extracting(Change::name).containsExactly("prod-a", "prod-old");
    assertThat(new NameFilter(List.of(), List.of("*-old")).matches("prod-old")).isFalse();
    assertThat(new NameFilter(List.of("a?c"), List.of()).matches("abc")).isTrue();
  }

  @Test
  void anExcludeLeavesOutOnlyTheNamesItMatches() {
    WorkspaceConfig config = workspace(true, desired("prod-a"), desired("prod-tmp"));
    List<Webhook> live = List.of(live(ID_A, desired("old-tmp")), live(ID_B, desired("old")));

    WorkspacePlan plan =
        new Planner()
            .plan(config, "u", live, new NameFilter(List.of(), List.of("*-tmp")), warnings);

    assertThat(plan.changes())
        .extracting(Change::name, Change::action)
        .containsExactly(tuple("prod-a", Action.CREATE), tuple("old", Action.DELETE));
  }

  @Test
  void onlyAFilterWithNoPatternLetsEverythingThrough() {
    assertThat(NameFilter.ALL.isAll()).isTrue();
    assertThat(new NameFilter(List.of("prod-*"), List.of()).isAll()).isFalse();
    assertThat(new NameFilter(List.of(), List.of("*-tmp")).isAll()).isFalse();
  }

  @Test
  void onlyCreatesUpdatesAndDeletesSendARequest() {
    assertThat(Stream.of(Action.values()).filter(Action::changesSomething))
        .containsExactlyInAnyOrder(Action.CREATE, Action.UPDATE, Action.DELETE);
  }

  @Test
  void patternsThatMatchNoNameAreNamed() {
    NameFilter filter = new NameFilter(List.of("prod-*", "Staging-*"), List.of("*-old", "*-tmp"));

    assertThat(filter.unmatched(List.of("prod-a", "staging-a", "prod-old")))
        .containsExactly("include 'Staging-*'", "exclude '*-tmp'");
    assertThat(filter.unmatched(List.of("prod-a", "Staging-a", "a-old", "a-tmp"))).isEmpty();
    assertThat(NameFilter.ALL.unmatched(List.of())).isEmpty();
  }

  /** The twin an overlap rotation of {@code original} made. */
  private static Webhook twinOf(Webhook original, String id) {
    return Webhook.builder(id)
        .name(original.name())
        .url(original.url())
        .topics(original.topics())
        .status(original.status())
        .requestConfig(original.requestConfig())
        .secret(Secret.of("whsec_twin_" + id))
        .description(RotationTwins.twinDescription(original))
        .build();
  }

  @Test
  void anOverlapRotationInProgressIsLeftAloneWhateverTheConfigurationSays() {
    Webhook original = live(ID_A, desired("Hook"));
    Webhook twin = twinOf(original, ID_B);
    DesiredWebhook changed =
        with(
            desired("Hook"),
            "https://moved.example.com/hook",
            Optional.empty(),
            List.of("post.created"),
            WebhookStatus.ACTIVE,
            Optional.empty(),
            Map.of(),
            false,
            Set.of());

    WorkspacePlan plan = plan(workspace(true, changed), original, twin);

    assertThat(plan.changes())
        .extracting(Change::action, c -> c.webhookId().orElseThrow())
        .containsExactly(tuple(Action.ROTATING, ID_A), tuple(Action.ROTATING, ID_B));
    assertThat(plan.count(Action.UPDATE) + plan.count(Action.CREATE) + plan.count(Action.DELETE))
        .isZero();
  }

  @Test
  void aTwinIsListedRightAfterItsOriginal() {
    Webhook original = live(ID_A, desired("Hook"));
    Webhook twin = twinOf(original, ID_B);

    WorkspacePlan plan = plan(workspace(true, desired("Hook"), desired("Other")), original, twin);

    assertThat(plan.changes())
        .extracting(Change::name, Change::action, c -> c.desired().isPresent())
        .containsExactly(
            tuple("Hook", Action.ROTATING, true),
            tuple("Hook", Action.ROTATING, true),
            tuple("Other", Action.CREATE, true));
  }

  @Test
  void anUndeclaredTwinWhoseOriginalIsGoneIsLeftAloneUnlessFilteredOut() {
    Webhook twin = twinOf(live(ID_A, desired("Hook")), ID_B);

    WorkspacePlan all = plan(workspace(true, desired("Other")), twin);
    WorkspacePlan filtered =
        new Planner()
            .plan(
                workspace(true, desired("Other")),
                "u",
                List.of(twin),
                new NameFilter(List.of("Other"), List.of()),
                warnings);

    assertThat(all.changes())
        .extracting(Change::name, Change::action)
        .containsExactly(tuple("Other", Action.CREATE), tuple("Hook", Action.ROTATING));
    assertThat(filtered.changes())
        .extracting(Change::name, Change::action)
        .containsExactly(tuple("Other", Action.CREATE));
  }

  @Test
  void anUndeclaredRotationIsNeverPruned() {
    Webhook original = live(ID_A, desired("Hook"));

    WorkspacePlan plan = plan(workspace(true), original, twinOf(original, ID_B));

    assertThat(plan.changes()).extracting(Change::action).containsOnly(Action.ROTATING).hasSize(2);
  }

  @Test
  void aTwinWhoseOriginalIsGoneIsNoReasonToCreate() {
    Webhook twin = twinOf(live(ID_A, desired("Hook")), ID_B);

    assertThat(plan(workspace(false, desired("Hook")), twin).changes())
        .extracting(Change::action, c -> c.webhookId().orElseThrow())
        .containsExactly(tuple(Action.ROTATING, ID_B));
    assertThat(plan(workspace(false, withId(desired("Hook"), ID_A)), twin).changes())
        .extracting(Change::action, c -> c.webhookId().orElseThrow())
        .containsExactly(tuple(Action.ROTATING, ID_B));
  }

  @Test
  void anIdReplacedByACompletedRotationIsAProblemThatNamesTheNewId() {
    Webhook replacement = live(ID_B, desired("Hook"));

    assertThatThrownBy(() -> plan(workspace(true, withId(desired("Hook"), ID_A)), replacement))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("pins id " + ID_A + ", which does not exist in the workspace")
        .hasMessageContaining("an overlap rotation (complete-rotation) gives the webhook a new id")
        .hasMessageContaining("Pin the new one: 'id: " + ID_B + "'");
  }

  @Test
  void summariesSayWhatWillHappen() {
    Plan none =
        new Plan(
            java.time.Instant.EPOCH,
            List.of(plan(workspace(false, desired("Hook")), live(ID_A, desired("Hook")))),
            List.of());
    Plan some =
        new Plan(
            java.time.Instant.EPOCH,
            List.of(plan(workspace(true, desired("New")), live(ID_A, desired("Old")))),
            List.of());

    assertThat(none.summary()).isEqualTo("No changes. Live webhooks match the configuration.");
    assertThat(some.summary()).isEqualTo("Plan: 1 to create, 0 to update, 1 to delete.");
  }
}
