package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.json.JsonMappers;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * featurebase:validate and featurebase:fmt over a module directory with featurebase/webhooks.yaml.
 */
@MojoTest
class ConfigGoalsTest {

  private static final String GOOD =
      """
      # yaml-language-server: $schema=https://raw.githubusercontent.com/fbhooks/fbhooks/main/schema/webhooks-v1.schema.json
      version: 1
      webhooks:
        - name: Production Webhook
          url: https://example.com/webhooks
          topics: [post.created, "conversation.admin.*"]
          requestConfig:
            headers:
              X-Receiver-Token: ${env:RECEIVER_TOKEN}
      """;

  private static final String BAD =
      """
      version: 1
      webhooks:
        - name: Production Webhook
          url: http://example.com/webhooks
          topics: [post.created, post.upvoted]
          status: suspended
      """;

  @Inject MavenSession session;

  @TempDir Path dir;

  private final CapturingLog log = new CapturingLog();
  private Path file;

  @BeforeEach
  void writeConfiguration() throws IOException {
    file = dir.resolve("featurebase/webhooks.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, GOOD);
    session.getSystemProperties().setProperty("env.RECEIVER_TOKEN", "token-from-the-environment");
  }

  private <T extends AbstractConfigMojo> T configure(T mojo) {
    mojo.project.setFile(dir.resolve("pom.xml").toFile());
    mojo.config = file.toFile();
    mojo.setLog(log);
    return mojo;
  }

  @Test
  @InjectMojo(goal = "validate")
  void validatePrintsTheSummary(ValidateMojo mojo) throws Exception {
    configure(mojo).execute();

    assertThat(log.text())
        .contains("[INFO] featurebase/webhooks.yaml: 1 webhook in 1 workspace: OK")
        .doesNotContain("token-from-the-environment");
  }

  @Test
  @InjectMojo(goal = "validate")
  void elevenWebhooksPassWithAWarningNamingTheDefaultAndTheLine(ValidateMojo mojo)
      throws Exception {
    StringBuilder yaml = new StringBuilder("version: 1\nwebhooks:\n");
    for (int i = 0; i < 11; i++) {
      yaml.append("  - name: Hook ")
          .append(i)
          .append("\n    url: https://example.com/")
          .append(i)
          .append("\n    topics: [post.created]\n");
    }
    Files.writeString(file, yaml);

    configure(mojo).execute();

    assertThat(log.text())
        .contains(
            "[WARN] featurebase/webhooks.yaml:33:5: the workspace of server 'featurebase'"
                + " declares 11 webhooks, more than Featurebase's default limit of 10 per"
                + " workspace; 'Hook 10', declared here, is the first past it.")
        .contains("[INFO] featurebase/webhooks.yaml: 11 webhooks in 1 workspace: OK");
  }

  @Test
  @InjectMojo(goal = "validate")
  void validateFailsWithEveryProblemOnItsOwnLine(ValidateMojo mojo) throws IOException {
    Files.writeString(file, BAD);

    assertThatThrownBy(configure(mojo)::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("3 problems in featurebase/webhooks.yaml:\n")
        .hasMessageContaining(
            "\nfeaturebase/webhooks.yaml:4:10: webhooks[0].url: must be an https URL")
        .hasMessageContaining(
            "\nfeaturebase/webhooks.yaml:5:28: webhooks[0].topics[1]: unknown topic"
                + " \"post.upvoted\" (did you mean \"post.voted\"?)")
        .hasMessageContaining(
            "\nfeaturebase/webhooks.yaml:6:13: webhooks[0].status: status \"suspended\" cannot be"
                + " asked for");
  }

  @Test
  @InjectMojo(goal = "validate")
  void validateWritesItsProblemsAsJsonAndSarifAndStillFails(ValidateMojo mojo) throws IOException {
    Files.writeString(file, BAD);
    configure(mojo).jsonReport = new File("target/featurebase/validate.json");
    mojo.sarifReport = new File("target/featurebase/validate.sarif");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("3 problems in featurebase/webhooks.yaml:\n");

    JsonNode json =
        JsonMappers.json().readTree(dir.resolve("target/featurebase/validate.json").toFile());
    assertThat(json.path("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.path("valid").asBoolean(true)).isFalse();
    assertThat(json.path("errors").asInt()).isEqualTo(3);
    assertThat(json.path("warnings").asInt()).isZero();
    JsonNode topic = json.path("findings").get(1);
    assertThat(topic.path("level").asText()).isEqualTo("error");
    assertThat(topic.path("rule").asText()).isEqualTo("config");
    assertThat(topic.path("file").asText()).isEqualTo("featurebase/webhooks.yaml");
    assertThat(topic.path("line").asInt()).isEqualTo(5);
    assertThat(topic.path("column").asInt()).isEqualTo(28);
    assertThat(topic.path("path").asText()).isEqualTo("webhooks[0].topics[1]");
    assertThat(topic.path("message").asText())
        .isEqualTo("unknown topic \"post.upvoted\" (did you mean \"post.voted\"?)");

    JsonNode sarif =
        JsonMappers.json().readTree(dir.resolve("target/featurebase/validate.sarif").toFile());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("name").asText()).isEqualTo("fbhooks");
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo(dir.toUri().toString());
    JsonNode result = run.path("results").get(1);
    assertThat(result.path("ruleId").asText()).isEqualTo("config");
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.path("message").path("text").asText())
        .isEqualTo(
            "webhooks[0].topics[1]: unknown topic \"post.upvoted\" (did you mean \"post.voted\"?)");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText())
        .isEqualTo("featurebase/webhooks.yaml");
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(5);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(28);
  }

  @Test
  @InjectMojo(goal = "validate")
  void aPassingValidationWritesItsWarningsAndAnUntrustedBaseUrlIsAnError(ValidateMojo mojo)
      throws Exception {
    configure(mojo).jsonReport = new File("report.json");
    mojo.execute();

    JsonNode passed = JsonMappers.json().readTree(dir.resolve("report.json").toFile());
    assertThat(passed.path("valid").asBoolean(false)).isTrue();
    assertThat(passed.path("findings")).isEmpty();
    assertThat(log.text()).contains("Wrote the validation report report.json.");

    Files.writeString(
        file,
        """
        version: 1
        workspaces:
          - serverId: featurebase
            baseUrl: https://collector.example.net
            webhooks: []
        """);
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

    JsonNode untrusted =
        JsonMappers.json().readTree(dir.resolve("report.json").toFile()).path("findings").get(0);
    assertThat(untrusted.path("rule").asText()).isEqualTo("untrusted-target");
    assertThat(untrusted.path("line").asInt()).isEqualTo(4);
    assertThat(untrusted.path("message").asText())
        .startsWith("baseUrl https://collector.example.net is not a base URL this build trusts")
        .contains("-Dfeaturebase.allowedBaseUrls=https://collector.example.net");
  }

  @Test
  @InjectMojo(goal = "validate")
  void validateNeedsTheEnvironmentVariablesHeadersUse(ValidateMojo mojo) {
    session.getSystemProperties().remove("env.RECEIVER_TOKEN");

    assertThatThrownBy(configure(mojo)::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(
            "featurebase/webhooks.yaml:9:27: webhooks[0].requestConfig.headers.X-Receiver-Token:"
                + " environment variable RECEIVER_TOKEN is not set");
  }

  @Test
  @InjectMojo(goal = "validate")
  void aMissingConfigurationNamesTheProperty(ValidateMojo mojo) {
    configure(mojo).config = dir.resolve("featurebase/nope.yaml").toFile();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "No webhooks configuration at featurebase/nope.yaml: create it (the format is in"
                + " fbhooks' docs/webhooks-file.md) or point -Dfeaturebase.config at a YAML file or a directory of"
                + " them.");
  }

  @Test
  @InjectMojo(goal = "validate")
  void validateReadsADirectory(ValidateMojo mojo) throws Exception {
    Files.writeString(
        dir.resolve("featurebase/tickets.yml"),
        "version: 1\nwebhooks:\n  - {name: Tickets, url: 'https://example.com/t', topics: [ticket.*]}\n");
    configure(mojo).config = dir.resolve("featurebase").toFile();

    mojo.execute();

    assertThat(log.text())
        .contains(
            "featurebase/tickets.yml, featurebase/webhooks.yaml: 2 webhooks in 1 workspace: OK");
  }

  @Test
  @InjectMojo(goal = "fmt")
  void fmtRewritesKeepingComments(FmtMojo mojo) throws Exception {
    configure(mojo).execute();

    assertThat(Files.readString(file))
        .startsWith("# yaml-language-server: $schema=")
        .contains("    topics:\n      - post.created\n      - \"conversation.admin.*\"\n")
        .contains("X-Receiver-Token: \"${env:RECEIVER_TOKEN}\"");
    assertThat(log.text()).contains("Formatted featurebase/webhooks.yaml.");
  }

  @Test
  @InjectMojo(goal = "fmt")
  void fmtCheckFailsNamingTheFileAndWritesNothing(FmtMojo mojo) throws Exception {
    configure(mojo).check = true;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "Not in canonical form: featurebase/webhooks.yaml. Run 'mvn featurebase:fmt' to"
                + " rewrite it (comments are kept), then commit the result.");
    assertThat(Files.readString(file)).isEqualTo(GOOD);
  }

  @Test
  void fmtCheckPassesOnceFormatted(
      @InjectMojo(goal = "fmt") FmtMojo fmt, @InjectMojo(goal = "fmt") FmtMojo check)
      throws Exception {
    configure(fmt).execute();
    configure(check).check = true;

    check.execute();

    assertThat(log.text()).contains("featurebase/webhooks.yaml: in canonical form.");
  }

  @Test
  @InjectMojo(goal = "fmt")
  void fmtRefusesAnInvalidFile(FmtMojo mojo) throws IOException {
    Files.writeString(file, BAD);

    assertThatThrownBy(configure(mojo)::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("3 problems in featurebase/webhooks.yaml:");
    assertThat(Files.readString(file)).isEqualTo(BAD);
  }
}
