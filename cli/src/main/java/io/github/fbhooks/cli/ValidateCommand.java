package io.github.fbhooks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.config.ConfigException;
import io.github.fbhooks.config.UntrustedTargetException;
import io.github.fbhooks.config.WebhookLimits;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.json.JsonFiles;
import io.github.fbhooks.validation.ValidationReport;
import io.github.fbhooks.validation.ValidationReports;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fbhooks validate}: the Maven plugin's {@code validate} goal; offline, no key. */
@Command(
    mixinStandardHelpOptions = true,
    name = "validate",
    description =
        "Check the webhooks configuration offline, without an API key: the schema, Featurebase's"
            + " rules, every $${env:NAME} it uses, and that it names only base URLs and credential"
            + " ids the command line allows. One file:line:column line per problem.")
final class ValidateCommand extends CliCommand {

  @Mixin ConfigOptions config;

  @Mixin TrustOptions trust;

  @Option(
      names = "--json-report",
      paramLabel = "<file>",
      description = "Also write every finding as JSON (format in docs/goals.md), pass or fail.")
  Path jsonReport;

  @Option(
      names = "--sarif-report",
      paramLabel = "<file>",
      description = "Also write every finding as SARIF 2.1.0, for code-scanning annotations.")
  Path sarifReport;

  @Override
  int execute() {
    WebhooksConfig loaded;
    try {
      loaded = config.load(context(), name -> true);
      trust.trustedTargets(context()).targetsOf(loaded);
    } catch (ConfigException e) {
      writeReports(ValidationReport.failed(e));
      throw e;
    } catch (UntrustedTargetException e) {
      writeReports(ValidationReport.failed(e));
      throw e;
    }
    writeReports(ValidationReport.passed(loaded));
    WebhookLimits.warnings(loaded).forEach(log()::warn);
    log().info(ConfigOptions.shown(loaded.sources()) + ": " + loaded.summary() + ": OK");
    return ExitCode.OK;
  }

  private void writeReports(ValidationReport report) {
    if (jsonReport != null) {
      write(jsonReport, ValidationReports.json(report, CliWords::render));
    }
    if (sarifReport != null) {
      write(
          sarifReport,
          ValidationReports.sarif(report, context().workingDirectory(), CliWords::render));
    }
  }

  private void write(Path report, JsonNode content) {
    Path file = context().resolve(report);
    try {
      JsonFiles.replace(file, content);
    } catch (IOException e) {
      throw new UsageException(
          "Could not write the validation report "
              + context().shown(file)
              + " ("
              + e.getClass().getSimpleName()
              + "). Check the directory is writable, or choose another file.",
          e);
    }
    log().info("Wrote the validation report " + context().shown(file) + ".");
  }
}
