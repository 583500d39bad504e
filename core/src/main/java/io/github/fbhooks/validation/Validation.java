package io.github.fbhooks.validation;

import io.github.fbhooks.config.ConfigException;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.UntrustedTargetException;
import io.github.fbhooks.config.WebhooksConfig;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What validate checks, offline: the configuration loads (schema, Featurebase's rules, every {@code
 * ${env:NAME}}), and names only base URLs and credentials the front end allows. Every outcome, pass
 * or fail, is handed to the reports before a failure is thrown.
 */
public final class Validation {

  private Validation() {}

  /**
   * Validates a configuration.
   *
   * @param load loads the configuration
   * @param trusted the base URLs and credentials the front end allows
   * @param report receives the findings, pass or fail, before this returns or throws
   * @return the valid configuration
   * @throws ConfigException for problems of the file
   * @throws UntrustedTargetException for a base URL or credential the front end does not allow
   */
  public static WebhooksConfig check(
      Supplier<WebhooksConfig> load, TrustedTargets trusted, Consumer<ValidationReport> report) {
    WebhooksConfig loaded;
    try {
      loaded = load.get();
      trusted.targetsOf(loaded);
    } catch (ConfigException e) {
      report.accept(ValidationReport.failed(e));
      throw e;
    } catch (UntrustedTargetException e) {
      report.accept(ValidationReport.failed(e));
      throw e;
    }
    report.accept(ValidationReport.passed(loaded));
    return loaded;
  }
}
