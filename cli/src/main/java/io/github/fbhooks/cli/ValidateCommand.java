package io.github.fbhooks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.config.FormatResult;
import io.github.fbhooks.config.WebhookLimits;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.json.JsonFiles;
import io.github.fbhooks.output.ResultFile;
import io.github.fbhooks.validation.Validation;
import io.github.fbhooks.validation.ValidationReport;
import io.github.fbhooks.validation.ValidationReports;
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
    WebhooksConfig loaded =
        Validation.check(
            () -> config.load(context(), name -> true),
            trust.trustedTargets(context()),
            this::writeReports);
    WebhookLimits.warnings(loaded).forEach(log()::warn);
    log().info(FormatResult.shown(loaded.sources()) + ": " + loaded.summary() + ": OK");
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
    new ResultFile(file, context().shown(file)).write(f -> JsonFiles.replace(f, content));
    log().info("Wrote the validation report " + context().shown(file) + ".");
  }
}
