package io.github.fbhooks.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.AuthenticationException;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.NotFoundException;
import io.github.fbhooks.apply.Reconciler;
import io.github.fbhooks.config.ConfigFormatter;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.importing.Importer;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationResult;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.rotate.WebhookSelector;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookId;
import io.github.fbhooks.webhook.WebhookPage;
import io.github.fbhooks.webhook.WebhookStatus;
import io.github.fbhooks.webhook.WebhookUpdate;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract between fbhooks and a Featurebase webhooks API: what the client and the use cases
 * (rotate, export, plan, apply, import) rely on, run against every server implementation, as
 * Feign's own client tests run against every transport. Each subclass starts one server: {@code
 * FakeFeaturebaseContractTest} a minimal independent one, the emulator's test the emulator. A
 * behaviour that passes against only one of them leans on that server's habits.
 */
public abstract class WebhooksContract {

  /** The API key every server of the suite is started with. */
  protected static final String API_KEY = "sk_contract_suite_key_0001";

  @TempDir protected Path dir;

  private AutoCloseable server;
  private FeaturebaseClient client;

  /**
   * Starts a server that accepts only {@link #API_KEY} and holds no webhook.
   *
   * @return the server, closed after the test
   * @throws IOException when it cannot start
   */
  protected abstract AutoCloseable startServer() throws IOException;

  /**
   * @param server the server {@link #startServer()} returned
   * @return its base URL
   */
  protected abstract URI baseUrl(AutoCloseable server);

  @BeforeEach
  void start() throws IOException {
    server = startServer();
    client = client(API_KEY);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private FeaturebaseClient client(String key) {
    return FeaturebaseClient.create(
        ClientSettings.of(baseUrl(server), Secret.of(key)), BuildLog.NONE);
  }

  private Webhook create(String name) {
    return client.create(
        new WebhookCreate(
            name, "https://example.com/" + name.length(), List.of("post.created"), null, null));
  }

  @Test
  void createAnswersTheWebhookWithItsOneSecret() {
    Webhook created =
        client.create(
            new WebhookCreate(
                "Contract hook",
                "https://example.com/contract",
                List.of("post.created", "post.updated"),
                "made by the suite",
                null));

    assertThat(WebhookId.isValid(created.id())).isTrue();
    assertThat(created.secret().isWellFormedWebhookSecret()).isTrue();
    assertThat(created.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(created.topics()).containsExactlyInAnyOrder("post.created", "post.updated");
    assertThat(created.requestConfig()).isNotNull();
    assertThat(created.requestConfig().timeoutMs()).isEqualTo(5000);
    assertThat(client.get(created.id()).secret()).isEqualTo(created.secret());
  }

  @Test
  void listFollowsCursorsToTheLastPage() {
    List<String> ids = new ArrayList<>();
    for (String name : List.of("A", "BB", "CCC")) {
      ids.add(create(name).id());
    }
    List<String> listed = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      WebhookPage page = client.list(1, cursor, null);
      page.data().forEach(w -> listed.add(w.id()));
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(pages).isEqualTo(3);
    assertThat(client.listAll()).extracting(Webhook::id).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void updateChangesOnlyWhatItSends() {
    Webhook created = create("Partial");

    Webhook updated =
        client.update(created.id(), WebhookUpdate.builder().status(WebhookStatus.PAUSED).build());

    assertThat(updated.status()).isEqualTo(WebhookStatus.PAUSED);
    assertThat(updated.url()).isEqualTo(created.url());
    assertThat(updated.name()).isEqualTo(created.name());
    assertThat(updated.secret()).isEqualTo(created.secret());
  }

  @Test
  void deleteAnswersADeletionAndTheWebhookIsGone() {
    Webhook created = create("Doomed");

    DeletedWebhook deleted = client.delete(created.id());

    assertThat(deleted.id()).isEqualTo(created.id());
    assertThat(deleted.deleted()).isTrue();
    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.get(created.id()));
    assertThat(e.isWebhookNotFound()).isTrue();
  }

  @Test
  void refreshSecretReplacesTheSecret() {
    Webhook created = create("Rotating");

    Webhook rotated = client.refreshSecret(created.id());

    assertThat(rotated.secret().isWellFormedWebhookSecret()).isTrue();
    assertThat(rotated.secret()).isNotEqualTo(created.secret());
    assertThat(client.get(created.id()).secret()).isEqualTo(rotated.secret());
  }

  @Test
  void aWrongKeyIsAnAuthenticationFailureThatDoesNotShowTheKey() {
    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class, () -> client("sk_not_the_key_4242").listAll());

    assertThat(e.status()).isEqualTo(401);
    assertThat(e).hasMessageNotContaining("sk_not_the_key_4242");
  }

  @Test
  void rotateHandsTheLiveSecretToTheOutputs() throws IOException {
    Webhook created = create("Production Webhook");
    Path file = dir.resolve("out/webhook.secret");

    RotationResult result =
        new SecretRotator(client, BuildLog.NONE)
            .rotate(
                new RotationRequest(
                    WebhookSelector.byName("Production Webhook"),
                    List.of(
                        new FileSecretSink(
                            file, SecretFormat.RAW, "p", new OwnerOnlyFiles(BuildLog.NONE))),
                    false));

    String live = client.get(created.id()).secret().reveal();
    assertThat(result.outcome()).isEqualTo(RotationResult.Outcome.ROTATED);
    assertThat(Files.readString(file).trim())
        .isEqualTo(live)
        .isNotEqualTo(created.secret().reveal());
  }

  @Test
  void applyConvergesAndImportReadsBackWhatItMade() throws IOException {
    Path file = dir.resolve("webhooks.yaml");
    Files.writeString(
        file,
        """
        version: 1
        webhooks:
          - name: Production Webhook
            url: https://example.com/production
            description: Production events
            topics: [post.created, "conversation.admin.*"]
            requestConfig:
              timeoutMs: 10000
              headers:
                X-Custom-Header: value
          - name: Paused Webhook
            url: https://example.com/paused
            topics: [changelog.published]
            status: paused
        """);
    WebhooksConfig config = new ConfigLoader(name -> null, dir).load(file);

    Reconciler.Report report =
        new Reconciler(planning(), BuildLog.NONE)
            .apply(
                new Reconciler.Request(
                    config,
                    NameFilter.ALL,
                    Optional.empty(),
                    2,
                    key ->
                        List.of(
                            new FileSecretSink(
                                dir.resolve("secrets/" + key),
                                SecretFormat.RAW,
                                "p",
                                new OwnerOnlyFiles(BuildLog.NONE)))),
                plan -> {});

    assertThat(report.isComplete()).as(report.outcomes().toString()).isTrue();
    assertThat(planning().plan(config, NameFilter.ALL).hasChanges()).isFalse();
    assertThat(Files.readString(dir.resolve("secrets/production-webhook")).trim())
        .isEqualTo(
            client.listAll().stream()
                .filter(w -> w.name().equals("Production Webhook"))
                .findFirst()
                .orElseThrow()
                .secret()
                .reveal());

    Path imported = dir.resolve("imported/webhooks.yaml");
    Files.createDirectories(imported.getParent());
    Importer.Result result =
        new Importer(ConfigLoader.SCHEMA_URL)
            .importWorkspace(client.listAll(), "the contract suite", Instant.now(), imported);
    assertThat(result.problems()).isEmpty();
    Files.writeString(imported, result.yaml());
    assertThat(new ConfigFormatter(dir).check(imported).changed()).isEmpty();
    WebhooksConfig reread = new ConfigLoader(name -> null, dir).load(imported);
    assertThat(planning().plan(reread, NameFilter.ALL).hasChanges()).isFalse();
  }

  private Planning planning() {
    return new Planning(
        TrustedTargets.of(baseUrl(server), "featurebase"),
        (target, sensitive) -> client,
        Clock.systemUTC());
  }
}
