package io.github.fbhooks.validation;

import io.github.fbhooks.config.ConfigException;
import io.github.fbhooks.config.ConfigProblem;
import io.github.fbhooks.config.UntrustedTargetException;
import io.github.fbhooks.config.WebhookLimits;
import io.github.fbhooks.config.WebhooksConfig;
import java.util.List;

/**
 * What validating a configuration found: every problem that fails it and every warning, each at its
 * place, for the machine-readable reports ({@link ValidationReports}).
 *
 * @param findings errors and warnings, in the order they were found
 */
public record ValidationReport(List<Finding> findings) {

  /** Copies the list. */
  public ValidationReport {
    findings = List.copyOf(findings);
  }

  /**
   * A configuration that passed: its warnings only.
   *
   * @param config the loaded, trusted configuration
   * @return the report
   */
  public static ValidationReport passed(WebhooksConfig config) {
    return new ValidationReport(
        WebhookLimits.findings(config).stream()
            .map(
                limit ->
                    new Finding(
                        Finding.Level.WARNING,
                        Finding.Rule.WEBHOOK_LIMIT,
                        limit.location(),
                        "",
                        limit.message()))
            .toList());
  }

  /**
   * A configuration with problems.
   *
   * @param failure what loading it threw
   * @return the report
   */
  public static ValidationReport failed(ConfigException failure) {
    return new ValidationReport(
        failure.problems().stream()
            .map(
                (ConfigProblem problem) ->
                    new Finding(
                        Finding.Level.ERROR,
                        Finding.Rule.CONFIG,
                        problem.location(),
                        problem.path(),
                        problem.message()))
            .toList());
  }

  /**
   * A configuration that names what the build does not allow.
   *
   * @param failure what checking its targets threw
   * @return the report
   */
  public static ValidationReport failed(UntrustedTargetException failure) {
    return new ValidationReport(
        failure.untrusted().stream()
            .map(
                entry ->
                    new Finding(
                        Finding.Level.ERROR,
                        Finding.Rule.UNTRUSTED_TARGET,
                        entry.location(),
                        entry.kind().field(),
                        entry.explained()))
            .toList());
  }

  /** {@return how many findings fail validation} */
  public long errors() {
    return findings.stream().filter(f -> f.level() == Finding.Level.ERROR).count();
  }

  /** {@return how many findings are warnings} */
  public long warnings() {
    return findings.size() - errors();
  }
}
