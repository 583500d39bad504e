package io.github.fbhooks.rotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.json.JsonMappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotationRecordTest {

  private static final String A = "507f1f77bcf86cd799439011";
  private static final String B = "65f1c2a9b8e4d7f0a1b2c3d4";
  private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

  @TempDir Path dir;

  private static RotationResult result(RotationResult.Outcome outcome, Optional<String> replaced) {
    return new RotationResult(
        B,
        "Production Webhook",
        outcome,
        "sha256:11111111",
        "sha256:22222222",
        List.of("file s.txt"),
        1,
        Duration.ofMillis(5),
        replaced);
  }

  @Test
  void onlyRotationsAreRecorded() {
    assertThat(
            RotationRecord.of(
                result(RotationResult.Outcome.ROTATED, Optional.empty()), AT, n -> null))
        .hasValueSatisfying(
            r -> {
              assertThat(r.strategy()).isEqualTo("immediate");
              assertThat(r.phase()).isEqualTo("rotate");
              assertThat(r.outcome()).isEqualTo("rotated");
            });
    assertThat(
            RotationRecord.of(
                result(RotationResult.Outcome.OVERLAP_RESUMED, Optional.of(A)), AT, n -> null))
        .hasValueSatisfying(
            r -> {
              assertThat(r.strategy()).isEqualTo("overlap");
              assertThat(r.phase()).isEqualTo("start");
              assertThat(r.replacedWebhookId()).contains(A);
            });
    for (RotationResult.Outcome none :
        List.of(
            RotationResult.Outcome.EXPORTED,
            RotationResult.Outcome.SHARED,
            RotationResult.Outcome.DRY_RUN)) {
      assertThat(RotationRecord.of(result(none, Optional.empty()), AT, n -> null)).isEmpty();
    }
  }

  @Test
  void eachRotationIsOneJsonLineWithTheRunsIdentityAndNoSecret() throws IOException {
    Map<String, String> env =
        Map.of(
            "GITHUB_SERVER_URL", "https://github.com",
            "GITHUB_REPOSITORY", "acme/webhooks",
            "GITHUB_RUN_ID", "4242",
            "GITHUB_SHA", "0123abc",
            "GITHUB_ACTOR", "bot\n::set-output name=x::y");
    Path file = dir.resolve("target/featurebase/rotations.jsonl");

    RotationRecord.of(result(RotationResult.Outcome.ROTATED, Optional.empty()), AT, env::get)
        .orElseThrow()
        .appendTo(file);
    RotationRecord.of(
            new RotationCompletion(
                B,
                "Production Webhook",
                A,
                true,
                Optional.of("sha256:11111111"),
                "sha256:22222222",
                Duration.ZERO),
            AT,
            env::get)
        .appendTo(file);

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    JsonNode first = JsonMappers.json().readTree(lines.get(0));
    assertThat(first.path("strategy").asText()).isEqualTo("immediate");
    assertThat(first.path("webhookId").asText()).isEqualTo(B);
    assertThat(first.path("oldFingerprint").asText()).isEqualTo("sha256:11111111");
    assertThat(first.path("ci").path("runUrl").asText())
        .isEqualTo("https://github.com/acme/webhooks/actions/runs/4242");
    assertThat(first.path("ci").path("githubSha").asText()).isEqualTo("0123abc");
    // a value with a line break is no identity: left out, never written
    assertThat(first.path("ci").has("githubActor")).isFalse();
    JsonNode second = JsonMappers.json().readTree(lines.get(1));
    assertThat(second.path("phase").asText()).isEqualTo("complete");
    assertThat(second.path("replacedWebhookId").asText()).isEqualTo(A);
    assertThat(String.join("\n", lines)).doesNotContain("whsec_");
  }

  @Test
  void theStepSummaryLineEscapesTheWebhookName() {
    RotationResult hostile =
        new RotationResult(
            B,
            "<img src=x> **bold**\n- forged line",
            RotationResult.Outcome.OVERLAP_STARTED,
            "sha256:11111111",
            "sha256:22222222",
            List.of(),
            0,
            Duration.ZERO,
            Optional.of(A));

    String line = RotationRecord.of(hostile, AT, n -> null).orElseThrow().markdownLine();

    assertThat(line)
        .startsWith("- Featurebase webhook secret: overlap rotation, start (overlap started)")
        .contains("replaces `" + A + "`")
        .contains("`sha256:11111111` → `sha256:22222222`")
        .doesNotContain("<img")
        .doesNotContain("\n- forged");
    assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
  }

  @Test
  void gitlabAndJenkinsRunsAreLinkedAndGithubComesFirst() {
    Map<String, String> gitlab =
        RotationRecord.ciOf(
            Map.of(
                    "CI_PIPELINE_URL", "https://gitlab.example.com/acme/-/pipelines/7",
                    "CI_PIPELINE_ID", "7")
                ::get);
    Map<String, String> jenkins =
        RotationRecord.ciOf(Map.of("BUILD_URL", "http://jenkins.local/job/x/3/")::get);
    Map<String, String> both =
        RotationRecord.ciOf(
            Map.of(
                    "GITHUB_SERVER_URL", "https://github.com",
                    "GITHUB_REPOSITORY", "acme/webhooks",
                    "GITHUB_RUN_ID", "4242",
                    "CI_PIPELINE_URL", "https://gitlab.example.com/acme/-/pipelines/7",
                    "BUILD_URL", "https://jenkins.local/job/x/3/")
                ::get);

    assertThat(gitlab)
        .containsEntry("runUrl", "https://gitlab.example.com/acme/-/pipelines/7")
        .containsEntry("gitlabPipelineId", "7");
    assertThat(jenkins).containsEntry("runUrl", "http://jenkins.local/job/x/3/");
    assertThat(both).containsEntry("runUrl", "https://github.com/acme/webhooks/actions/runs/4242");
  }

  @Test
  void runLinksThatAreNotWebAddressesAreLeftOut() {
    assertThat(
            RotationRecord.ciOf(
                Map.of(
                        "CI_PIPELINE_URL", "http://gitlab.example.com/p/7",
                        "BUILD_URL", "file:///etc/passwd")
                    ::get))
        .doesNotContainKey("runUrl");
    assertThat(
            RotationRecord.ciOf(
                Map.of(
                        "GITHUB_SERVER_URL", "https://github.com",
                        "GITHUB_REPOSITORY", "acme/webhooks",
                        "GITHUB_RUN_ID", "42; rm -rf")
                    ::get))
        .doesNotContainKey("runUrl");
  }

  @Test
  void aValueIsKeptUpToThreeHundredPrintableCharacters() {
    String longest = "a".repeat(300);

    assertThat(RotationRecord.ciOf(Map.of("GITHUB_SHA", longest)::get))
        .containsEntry("githubSha", longest);
    assertThat(RotationRecord.ciOf(Map.of("GITHUB_SHA", longest + "a")::get)).isEmpty();
    assertThat(RotationRecord.ciOf(Map.of("GITHUB_SHA", "\u001b[31mred")::get)).isEmpty();
    assertThat(RotationRecord.ciOf(Map.of("GITHUB_SHA", " ")::get)).isEmpty();
  }

  @Test
  void theStepSummaryLineLinksTheRun() {
    String line =
        RotationRecord.of(
                result(RotationResult.Outcome.ROTATED, Optional.empty()),
                AT,
                Map.of("CI_PIPELINE_URL", "https://gitlab.example.com/acme/-/pipelines/7")::get)
            .orElseThrow()
            .markdownLine();

    assertThat(line).endsWith(" ([run](https://gitlab.example.com/acme/-/pipelines/7))\n");
  }
}
