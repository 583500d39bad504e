package io.github.fbhooks.maven;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.FormatResult;
import io.github.fbhooks.config.WebhookLimits;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.json.JsonFiles;
import io.github.fbhooks.output.ResultFile;
import io.github.fbhooks.validation.Validation;
import io.github.fbhooks.validation.ValidationReport;
import io.github.fbhooks.validation.ValidationReports;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the webhooks configuration offline, without an API key: the JSON Schema, the rules of
 * Featurebase's API (names, https URLs, topics, limits), that every {@code ${env:NAME}} a header
 * uses is set, and that every base URL and settings.xml server the file names is one the build
 * allows. Fails the build with one {@code file:line:column: path: message} line per problem.
 *
 * @since 0.1.0
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresProject = false)
public final class ValidateMojo extends AbstractConfigMojo {

  /**
   * The base URL plan and apply use: a workspace of the file may name it, or one of {@code
   * allowedBaseUrls}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.BASE_URL, defaultValue = "https://do.featurebase.app")
  String baseUrl;

  /**
   * The settings.xml server plan and apply use: a workspace of the file may name it, or one of
   * {@code allowedServerIds}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SERVER_ID, defaultValue = "featurebase")
  String serverId;

  /**
   * Further base URLs a workspace may name. On the command line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ALLOWED_BASE_URLS)
  List<String> allowedBaseUrls;

  /**
   * Further settings.xml server ids a workspace may name. On the command line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ALLOWED_SERVER_IDS)
  List<String> allowedServerIds;

  /**
   * Also write every finding (errors and warnings, each at its file, line and column) as JSON to
   * this file, whether validation passes or fails. Relative paths are resolved against the module
   * directory. The format is in docs/goals.md.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.VALIDATE_JSON_REPORT)
  File jsonReport;

  /**
   * Also write every finding as SARIF 2.1.0 to this file, whether validation passes or fails, for
   * code-scanning tools that annotate the YAML lines (GitHub's upload-sarif action among them).
   * Relative paths are resolved against the module directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.VALIDATE_SARIF_REPORT)
  File sarifReport;

  @Override
  void doExecute() {
    WebhooksConfig loaded =
        Validation.check(
            () -> new ConfigLoader(this::environment, baseDirectory()).load(configPath()),
            TrustParameters.of(baseUrl, serverId, allowedBaseUrls, allowedServerIds),
            this::writeReports);
    WebhookLimits.warnings(loaded).forEach(getLog()::warn);
    getLog().info(FormatResult.shown(loaded.sources()) + ": " + loaded.summary() + ": OK");
  }

  private void writeReports(ValidationReport report) {
    if (jsonReport != null) {
      write(jsonReport, ValidationReports.json(report, MavenWords::render));
    }
    if (sarifReport != null) {
      write(sarifReport, ValidationReports.sarif(report, baseDirectory(), MavenWords::render));
    }
  }

  private void write(File report, JsonNode content) {
    Path file = layout().resolve(report);
    new ResultFile(file, layout().shown(file)).write(f -> JsonFiles.replace(f, content));
    getLog().info("Wrote the validation report " + layout().shown(file) + ".");
  }
}
