package io.github.fbhooks.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.config.ConfigFormatter;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImporterTest {

  private static final Path FILE = Path.of("featurebase/imported/webhooks.yaml");

  private static Webhook webhook(
      String id, String name, WebhookStatus status, RequestConfig config) {
    return new Webhook(
        id,
        name,
        "https://example.com/" + id,
        Secret.of("whsec_must_not_be_imported"),
        "Desc: with colon",
        List.of("post.voted", "post.created"),
        status,
        config,
        null,
        null,
        "1.0",
        Instant.EPOCH,
        Instant.EPOCH);
  }

  @Test
  void writesIdsPinnedAndNoSecrets() {
    Importer.Result result =
        new Importer("https://example.org/schema.json")
            .importWorkspace(
                List.of(
                    webhook("bbbbbbbbbbbbbbbbbbbbbbbb", "Second", WebhookStatus.PAUSED, null),
                    webhook(
                        "aaaaaaaaaaaaaaaaaaaaaaaa",
                        "First",
                        WebhookStatus.ACTIVE,
                        new RequestConfig(
                            8000, Map.of("X-Env", "prod", "X-Api-Token", "Bearer abc123")))),
                "https://do.featurebase.app (server 'featurebase')",
                Instant.parse("2026-11-27T10:00:00Z"),
                FILE);

    assertThat(result.yaml())
        .startsWith("# yaml-language-server: $schema=https://example.org/schema.json\n")
        .contains("id: aaaaaaaaaaaaaaaaaaaaaaaa")
        .contains("description: \"Desc: with colon\"")
        .contains("status: paused")
        .contains("timeoutMs: 8000")
        .contains("X-Env: prod")
        .contains("X-Api-Token: \"${env:FEATUREBASE_FIRST_X_API_TOKEN}\"")
        .doesNotContain("whsec_")
        .doesNotContain("abc123");
    assertThat(result.yaml().indexOf("name: First"))
        .isLessThan(result.yaml().indexOf("name: Second"));
    assertThat(result.yaml().indexOf("- post.created"))
        .isLessThan(result.yaml().indexOf("- post.voted"));
    assertThat(result.environmentVariables()).containsExactly("FEATUREBASE_FIRST_X_API_TOKEN");
    assertThat(result.webhooks()).isEqualTo(2);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aSuspendedWebhookIgnoresItsStatusSoThePlanStaysEmpty() {
    String yaml =
        new Importer("s")
            .importWorkspace(
                List.of(
                    webhook("aaaaaaaaaaaaaaaaaaaaaaaa", "Flaky", WebhookStatus.SUSPENDED, null)),
                "x",
                Instant.EPOCH,
                FILE)
            .yaml();

    assertThat(yaml).contains("ignoreChanges:\n      - status").doesNotContain("suspended\n");
  }

  @Test
  void writesCanonicalFormThatFmtLeavesAsItIs() {
    String yaml =
        new Importer("https://example.org/schema.json")
            .importWorkspace(
                List.of(
                    webhook("aaaaaaaaaaaaaaaaaaaaaaaa", "First", WebhookStatus.ACTIVE, null),
                    webhook("bbbbbbbbbbbbbbbbbbbbbbbb", "Second", WebhookStatus.PAUSED, null)),
                "x",
                Instant.EPOCH,
                FILE)
            .yaml();

    assertThat(ConfigFormatter.formatText(yaml, FILE)).isEqualTo(yaml);
    assertThat(yaml)
        .contains("webhooks:\n  - name: First")
        .contains("\n\n  - name: Second")
        .contains("topics:\n      - post.created\n      - post.voted");
  }

  @Test
  void aLiveValueNoConfigurationMayHoldIsWrittenWithItsProblemNamed() {
    Importer.Result result =
        new Importer("s")
            .importWorkspace(
                List.of(
                    webhook(
                        "aaaaaaaaaaaaaaaaaaaaaaaa",
                        "Legacy",
                        WebhookStatus.ACTIVE,
                        new RequestConfig(null, Map.of("Authorization", "Bearer abc123")))),
                "x",
                Instant.EPOCH,
                FILE);

    assertThat(result.yaml())
        .contains("Authorization: \"${env:FEATUREBASE_LEGACY_AUTHORIZATION}\"")
        .doesNotContain("abc123");
    assertThat(result.problems())
        .singleElement()
        .asString()
        .startsWith(FILE + ":")
        .contains("webhooks[0].requestConfig.headers.Authorization: \"Authorization\" is reserved");
  }
}
