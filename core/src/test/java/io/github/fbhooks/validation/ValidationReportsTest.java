package io.github.fbhooks.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.SourceLocation;
import io.github.fbhooks.config.WebhooksConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ValidationReportsTest {

  @Test
  void aWorkspaceOverTheDefaultLimitIsAWarningThatPasses() throws Exception {
    // from the class path, not the working directory: the mutation run starts it in another module
    WebhooksConfig config =
        new ConfigLoader(name -> null)
            .load(
                Path.of(
                    ValidationReportsTest.class
                        .getResource("/config/good/eleven-webhooks.yaml")
                        .toURI()));

    ValidationReport report = ValidationReport.passed(config);
    JsonNode json = ValidationReports.json(report, UnaryOperator.identity());
    JsonNode sarif = ValidationReports.sarif(report, Path.of("."), UnaryOperator.identity());

    assertThat(report.errors()).isZero();
    assertThat(json.path("valid").asBoolean()).isTrue();
    assertThat(json.path("warnings").asInt()).isEqualTo(1);
    assertThat(json.path("findings").get(0).path("level").asText()).isEqualTo("warning");
    assertThat(json.path("findings").get(0).path("rule").asText()).isEqualTo("webhook-limit");
    JsonNode result = sarif.path("runs").get(0).path("results").get(0);
    assertThat(result.path("level").asText()).isEqualTo("warning");
    assertThat(result.path("ruleId").asText()).isEqualTo("webhook-limit");
    JsonNode rules = sarif.path("runs").get(0).path("tool").path("driver").path("rules");
    assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
        .isEqualTo("webhook-limit");
  }

  @Test
  void anAbsoluteFileIsAFileUriAndARelativeOneIsEncodedUnderTheSourceRoot() {
    Path absolute = Path.of("/srv/config repo/webhooks.yaml").toAbsolutePath();
    ValidationReport report =
        new ValidationReport(
            List.of(
                finding(new SourceLocation(absolute, 3, 5)),
                finding(new SourceLocation(Path.of("feature base", "hooks#1.yaml"), 0, 0))));

    JsonNode results =
        ValidationReports.sarif(report, Path.of("/srv"), UnaryOperator.identity())
            .path("runs")
            .get(0)
            .path("results");

    JsonNode first = results.get(0).path("locations").get(0).path("physicalLocation");
    assertThat(first.path("artifactLocation").path("uri").asText())
        .isEqualTo(absolute.toUri().toString());
    assertThat(first.path("artifactLocation").has("uriBaseId")).isFalse();
    JsonNode second = results.get(1).path("locations").get(0).path("physicalLocation");
    assertThat(second.path("artifactLocation").path("uri").asText())
        .isEqualTo("feature%20base/hooks%231.yaml");
    // SARIF lines and columns start at 1
    assertThat(second.path("region").path("startLine").asInt()).isEqualTo(1);
    assertThat(second.path("region").path("startColumn").asInt()).isEqualTo(1);
  }

  @Test
  void messagesAreRenderedForTheFrontEndThatWritesTheReport() {
    ValidationReport report =
        new ValidationReport(List.of(finding(new SourceLocation(Path.of("w.yaml"), 1, 1))));

    JsonNode json = ValidationReports.json(report, text -> text.toUpperCase());

    assertThat(json.path("findings").get(0).path("message").asText()).isEqualTo("SOMETHING");
  }

  private static Finding finding(SourceLocation location) {
    return new Finding(Finding.Level.ERROR, Finding.Rule.CONFIG, location, "", "something");
  }
}
