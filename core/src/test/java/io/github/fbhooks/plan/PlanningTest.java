package io.github.fbhooks.plan;

import static io.github.fbhooks.plan.Fixtures.HERE;
import static io.github.fbhooks.plan.Fixtures.desired;
import static io.github.fbhooks.plan.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.ConfigException;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.contract.FakeFeaturebase;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan use case over real HTTP, against core's fake Featurebase. */
class PlanningTest {

  private static final String KEY = "sk_test_planning_key";

  private FakeFeaturebase server;
  private FeaturebaseClient client;
  private final List<List<Secret>> sensitiveValuesGiven = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = FakeFeaturebase.start(KEY);
    client = client(server, KEY);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static FeaturebaseClient client(FakeFeaturebase server, String key) {
    return FeaturebaseClient.create(
        ClientSettings.builder(server.baseUrl(), Secret.of(key)).build(), BuildLog.NONE);
  }

  private Planning planning() {
    return new Planning(
        TrustedTargets.of(client.settings().baseUrl(), "featurebase"),
        (target, sensitive) -> {
          sensitiveValuesGiven.add(sensitive);
          return client;
        },
        Clock.systemUTC(),
        1);
  }

  private static WebhooksConfig config(DesiredWebhook... webhooks) {
    return new WebhooksConfig(
        List.of(Path.of("webhooks.yaml")),
        List.of(
            new WorkspaceConfig(
                "featurebase",
                Optional.empty(),
                Optional.empty(),
                false,
                List.of(webhooks),
                HERE)));
  }

  private static DesiredWebhook withHeaders(String name, Map<String, HeaderValue> headers) {
    DesiredWebhook d = desired(name);
    return with(
        d,
        d.url(),
        d.description(),
        d.topics(),
        WebhookStatus.ACTIVE,
        Optional.empty(),
        headers,
        false,
        Set.of());
  }

  @Test
  void aHeaderThatCarriesTheApiKeyIsRefusedBeforeAnythingIsListed() {
    WebhooksConfig leaking =
        config(
            desired("Fine"),
            withHeaders(
                "Leaky",
                Map.of(
                    "Authorization",
                    new HeaderValue("Bearer " + KEY, true, List.of("FEATUREBASE_API_KEY")))));

    assertThatThrownBy(() -> planning().plan(leaking, NameFilter.ALL))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("requestConfig.headers.Authorization")
        .hasMessageContaining(
            "the value of ${env:FEATUREBASE_API_KEY} of header Authorization of webhook 'Leaky'"
                + " holds a Featurebase API key of this run")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void aHeaderOfOneWorkspaceCarryingAnotherWorkspacesKeyIsRefused() throws IOException {
    try (FakeFeaturebase us = FakeFeaturebase.start("sk_test_the_us_key")) {
      FeaturebaseClient usClient = client(us, "sk_test_the_us_key");
      WebhooksConfig config =
          new WebhooksConfig(
              List.of(Path.of("webhooks.yaml")),
              List.of(
                  new WorkspaceConfig(
                      "eu",
                      Optional.empty(),
                      Optional.empty(),
                      false,
                      List.of(
                          withHeaders(
                              "Leaky",
                              Map.of("X-Token", new HeaderValue("sk_test_the_us_key", true)))),
                      HERE),
                  new WorkspaceConfig(
                      "us", Optional.empty(), Optional.empty(), false, List.of(), HERE)));
      Planning planning =
          new Planning(
              TrustedTargets.of(client.settings().baseUrl(), "featurebase")
                  .allowing(List.of(), List.of("eu", "us")),
              (target, sensitive) -> target.serverId().equals("us") ? usClient : client,
              Clock.systemUTC(),
              2);

      assertThatThrownBy(() -> planning.plan(config, NameFilter.ALL))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(
              "the value of header X-Token of webhook 'Leaky' holds a Featurebase API key");
    }
  }

  @Test
  void aHeaderWithoutAKeyPlansAndItsSensitiveValuesAreGivenForRedaction() {
    WebhooksConfig config =
        config(
            withHeaders(
                "Tokened",
                Map.of(
                    "X-Token", new HeaderValue("receiver-token-1", true),
                    "X-Env", new HeaderValue("prod", false))));

    Plan plan = planning().plan(config, NameFilter.ALL);

    assertThat(plan.workspaces())
        .singleElement()
        .satisfies(w -> assertThat(w.changes()).hasSize(1));
    assertThat(sensitiveValuesGiven).containsExactly(List.of(Secret.of("receiver-token-1")));
  }

  @Test
  void aPatternIsUnmatchedOnlyWhenNoDeclaredOrLiveNameMatchesIt() {
    client.create(
        new WebhookCreate(
            "Live only", "https://example.com/live", List.of("post.created"), null, null));
    NameFilter filter = new NameFilter(List.of("Live*", "Declared*", "Nothing*"), List.of());

    Plan plan = planning().plan(config(desired("Declared one")), filter);

    assertThat(plan.unmatchedPatterns()).containsExactly("include 'Nothing*'");
    assertThat(plan.warnings())
        .singleElement()
        .asString()
        .startsWith("The include 'Nothing*' pattern matches no webhook, declared or live");
  }

  @Test
  void oneWorkspaceAtATimeIsTheLeastParallelism() {
    Clock clock = Clock.systemUTC();
    TrustedTargets trusted = TrustedTargets.of(client.settings().baseUrl(), "featurebase");

    assertThat(new Planning(trusted, (t, s) -> client, clock, 1).plan(config(), NameFilter.ALL))
        .isNotNull();
    assertThatThrownBy(() -> new Planning(trusted, (t, s) -> client, clock, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void planningSeveralWorkspacesSaysWhatEachHolds() throws IOException {
    client.create(
        new WebhookCreate("One", "https://example.com/1", List.of("post.created"), null, null));
    try (FakeFeaturebase us = FakeFeaturebase.start("sk_test_the_us_key")) {
      FeaturebaseClient usClient = client(us, "sk_test_the_us_key");
      List<String> progress = new ArrayList<>();
      BuildLog log =
          new BuildLog() {
            @Override
            public boolean isDebugEnabled() {
              return false;
            }

            @Override
            public void debug(java.util.function.Supplier<String> message) {}

            @Override
            public void info(String message) {
              progress.add(message);
            }

            @Override
            public void warn(String message) {
              progress.add(message);
            }
          };
      WebhooksConfig two =
          new WebhooksConfig(
              List.of(Path.of("webhooks.yaml")),
              List.of(
                  new WorkspaceConfig(
                      "eu", Optional.empty(), Optional.empty(), false, List.of(), HERE),
                  new WorkspaceConfig(
                      "us", Optional.empty(), Optional.empty(), false, List.of(), HERE)));
      TrustedTargets trusted =
          TrustedTargets.of(client.settings().baseUrl(), "featurebase")
              .allowing(List.of(), List.of("eu", "us"));

      new Planning(
              trusted,
              (target, sensitive) -> target.serverId().equals("us") ? usClient : client,
              Clock.systemUTC(),
              1,
              log)
          .plan(two, NameFilter.ALL);
      new Planning(trusted, (target, sensitive) -> client, Clock.systemUTC(), 1, log)
          .plan(config(), NameFilter.ALL);

      assertThat(progress)
          .containsExactly(
              "Read workspace 'eu' at "
                  + client.settings().baseUrl()
                  + ": 1 webhook (1 of 2 workspaces).",
              "Read workspace 'us' at "
                  + usClient.settings().baseUrl()
                  + ": 0 webhooks (2 of 2 workspaces).");
    }
  }
}
