package io.github.fbhooks.rotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.contract.FakeFeaturebase;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.log.RecordingLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read-back after a secret was written, over real HTTP against core's fake Featurebase. */
class ReadBackTest {

  private static final String KEY = "sk_test_read_back_key";

  private final RecordingLog log = new RecordingLog(false);
  private FakeFeaturebase server;
  private FeaturebaseClient client;
  private ReadBack readBack;

  @BeforeEach
  void start() throws IOException {
    server = FakeFeaturebase.start(KEY);
    client =
        FeaturebaseClient.create(
            ClientSettings.builder(server.baseUrl(), Secret.of(KEY)).build(), BuildLog.NONE);
    readBack = new ReadBack(client, log);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Webhook create() {
    return client.create(
        new WebhookCreate("orders", "https://example.com/h", List.of("post.created"), null, null));
  }

  @Test
  void theSecretWrittenIsStillLive() {
    Webhook webhook = create();

    assertThat(readBack.otherLiveSecret(webhook.id(), webhook.secret(), "")).isEmpty();
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void aRotationSinceTheWriteShowsTheSecretLiveNow() {
    Webhook webhook = create();
    Secret rotated = client.refreshSecret(webhook.id()).secret();

    assertThat(readBack.otherLiveSecret(webhook.id(), webhook.secret(), "")).contains(rotated);
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void aWebhookThatCannotBeReadProvesNothingAndSaysWhatToDo() {
    Webhook webhook = create();
    client.delete(webhook.id());

    assertThat(readBack.otherLiveSecret(webhook.id(), webhook.secret(), " Run the export."))
        .isEmpty();
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .startsWith("Could not read webhook " + webhook.id() + " back to confirm")
        .endsWith(". Run the export.")
        .doesNotContain(webhook.secret().reveal());
  }
}
