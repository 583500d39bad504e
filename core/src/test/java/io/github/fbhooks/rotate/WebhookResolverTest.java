package io.github.fbhooks.rotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.contract.FakeFeaturebase;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.WebhookCreate;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a name that selects nothing says, over real HTTP against core's fake Featurebase. */
class WebhookResolverTest {

  private static final String KEY = "sk_test_resolver_key";

  private FakeFeaturebase server;
  private FeaturebaseClient client;

  @BeforeEach
  void start() throws IOException {
    server = FakeFeaturebase.start(KEY);
    client =
        FeaturebaseClient.create(
            ClientSettings.builder(server.baseUrl(), Secret.of(KEY)).build(), BuildLog.NONE);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void create(String... names) {
    for (String name : names) {
      client.create(
          new WebhookCreate(name, "https://example.com/h", List.of("post.created"), null, null));
    }
  }

  private String unknownNameMessage() {
    WebhookResolver resolver = new WebhookResolver(client);
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> resolver.resolve(WebhookSelector.byName("Staging")));
    assertThat(thrown).isInstanceOf(WebhookSelectionException.class);
    return thrown.getMessage();
  }

  @Test
  void anEmptyWorkspaceSaysSo() {
    assertThat(unknownNameMessage())
        .contains("No webhook named 'Staging' exists")
        .contains("The workspace has no webhooks.");
  }

  @Test
  void theNamesThatExistAreListedCaseInsensitivelyWithoutAHintWhenNoneIsClose() {
    create("beta", "Alpha", "gamma");

    assertThat(unknownNameMessage())
        .contains("Webhooks that exist: 'Alpha' (")
        .containsPattern("'Alpha' \\([0-9a-f]{24}\\), 'beta' \\([0-9a-f]{24}\\), 'gamma' \\(")
        .endsWith("). Check the webhookName setting.")
        .doesNotContain("Did you mean");
  }

  @Test
  void tenNamesAreListedInFullAndMoreAreCutShort() {
    for (int i = 0; i < 10; i++) {
      create("Hook " + i);
    }
    String ten = unknownNameMessage();
    create("Hook 10");
    String eleven = unknownNameMessage();

    assertThat(ten).contains("'Hook 9' (").doesNotContain(", ...");
    assertThat(eleven).contains(", ...").doesNotContain("'Hook 9' (");
  }

  @Test
  void aNameDifferingOnlyInCaseIsSuggested() {
    create("Alpha", "staging");

    assertThatThrownBy(() -> new WebhookResolver(client).resolve(WebhookSelector.byName("Staging")))
        .hasMessageContaining("Did you mean 'staging'? Names are matched exactly.");
  }
}
