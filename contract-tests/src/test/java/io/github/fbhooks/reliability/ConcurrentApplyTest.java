package io.github.fbhooks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.apply.Reconciler;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.SecretOutputNames;
import io.github.fbhooks.config.SourceLocation;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two apply runs against one workspace at the same time (as two modules of a {@code -T 2} reactor
 * build would) do not corrupt it: no webhook is created twice, the second run sees the first's
 * changes, and the created webhook's secret is on disk.
 */
class ConcurrentApplyTest {

  private static final Secret KEY = Secret.of("sk_test_concurrent_apply");
  private static final SourceLocation HERE = new SourceLocation(Path.of("webhooks.yaml"), 1, 1);

  @TempDir Path dir;

  @RepeatedTest(3)
  void twoConcurrentAppliesCreateEachWebhookOnce() throws Exception {
    try (Emulator emulator = Emulator.start(EmulatorOptions.builder().apiKey(KEY).build())) {
      WebhooksConfig config = config(hook("Alpha"), hook("Beta"), hook("Gamma"), hook("Delta"));
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Reconciler.Report>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          // each run has its own client and planning, as two mojo executions have
          FeaturebaseClient client = client(emulator);
          runs.add(
              pool.submit(
                  () -> {
                    start.await(5, TimeUnit.SECONDS);
                    return new Reconciler(
                            new Planning(
                                TrustedTargets.of(client.settings().baseUrl(), "featurebase"),
                                (target, sensitive) -> client,
                                Clock.systemUTC()),
                            BuildLog.NONE)
                        .apply(
                            new Reconciler.Request(
                                config, NameFilter.ALL, Optional.empty(), 4, secretFiles()),
                            plan -> {});
                  }));
        }
        for (Future<Reconciler.Report> run : runs) {
          Reconciler.Report report = run.get(30, TimeUnit.SECONDS);
          assertThat(report.isComplete()).as(report.outcomes().toString()).isTrue();
        }
      } finally {
        pool.shutdownNow();
      }

      FeaturebaseClient client = client(emulator);
      List<Webhook> live = client.listAll();
      assertThat(live)
          .extracting(Webhook::name)
          .as("each webhook exactly once")
          .containsExactlyInAnyOrder("Alpha", "Beta", "Gamma", "Delta");
      assertThat(
              new Planning(
                      TrustedTargets.of(client.settings().baseUrl(), "featurebase"),
                      (target, sensitive) -> client,
                      Clock.systemUTC())
                  .plan(config, NameFilter.ALL)
                  .hasChanges())
          .isFalse();
      for (Webhook webhook : live) {
        assertThat(
                Files.readString(dir.resolve(SecretOutputNames.slug(webhook.name()) + ".secret"))
                    .trim())
            .as("the secret file of %s holds its live secret", webhook.name())
            .isEqualTo(webhook.secret().reveal());
      }
    }
  }

  private static FeaturebaseClient client(Emulator emulator) {
    return FeaturebaseClient.create(
        ClientSettings.builder(emulator.baseUrl(), KEY).readTimeout(Duration.ofSeconds(5)).build(),
        BuildLog.NONE);
  }

  private Function<String, List<SecretSink>> secretFiles() {
    return name ->
        List.of(
            new FileSecretSink(
                dir.resolve(name + ".secret"),
                SecretFormat.RAW,
                "p",
                new OwnerOnlyFiles(BuildLog.NONE)));
  }

  private static DesiredWebhook hook(String name) {
    return new DesiredWebhook(
        name,
        Optional.empty(),
        "https://example.com/" + name.toLowerCase(),
        Optional.empty(),
        List.of("post.created"),
        WebhookStatus.ACTIVE,
        Optional.empty(),
        Map.of(),
        false,
        Set.of(),
        HERE);
  }

  private static WebhooksConfig config(DesiredWebhook... webhooks) {
    return new WebhooksConfig(
        List.of(Path.of("webhooks.yaml")),
        List.of(
            new WorkspaceConfig(
                "featurebase", Optional.empty(), Optional.empty(), true, List.of(webhooks), HERE)));
  }
}
