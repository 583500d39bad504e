package io.github.fbhooks.maven;

import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.PlanRenderer;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.plan.WorkspaceTasks;
import java.io.File;
import java.time.Clock;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** A goal that reconciles the configuration with the live workspaces: plan and apply. */
abstract class AbstractReconcileMojo extends AbstractApiMojo {

  /**
   * The webhooks configuration: a YAML file, or a directory whose {@code *.yaml} and {@code *.yml}
   * files are merged. Relative paths are resolved against the module directory, or the current
   * directory where there is no pom.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.CONFIG, defaultValue = "featurebase/webhooks.yaml")
  File config;

  /**
   * Name globs ({@code *}, {@code ?}) of the webhooks to handle; all when empty. On the command
   * line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.INCLUDE)
  List<String> include;

  /**
   * Name globs of webhooks to leave out. On the command line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EXCLUDE)
  List<String> exclude;

  /**
   * How many workspaces are read (plan) and applied (apply) at once, from 1 to 16. Workspaces that
   * share a base URL and API key always run one after another, so a higher value never raises the
   * request rate of one key; it only overlaps the waiting of different workspaces.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.WORKSPACE_PARALLELISM, defaultValue = "4")
  int workspaceParallelism;

  AbstractReconcileMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  /**
   * {@return the validated configuration, {@code ${env:...}} resolved from the build's environment
   * in the webhooks include and exclude select}
   */
  final WebhooksConfig loadConfig() {
    WebhooksConfig loaded =
        ConfigLocation.of(layout(), config).load(this::environment, filter()::matches);
    trustedTargets().targetsOf(loaded);
    return loaded;
  }

  /** {@return the name filter of include and exclude} */
  final NameFilter filter() {
    return new NameFilter(
        include == null ? List.of() : include, exclude == null ? List.of() : exclude);
  }

  /** {@return planning over this goal's clients, one per workspace} */
  final Planning planning() {
    return new Planning(
        trustedTargets(), this::client, Clock.systemUTC(), workspaceParallelism(), buildLog());
  }

  /** {@return how many workspaces run at once, refusing a value out of range} */
  final int workspaceParallelism() {
    return WorkspaceTasks.requireWorkspaceParallelism(workspaceParallelism);
  }

  /** Logs the plan, line by line; its warnings at warning level. */
  final void log(Plan plan) {
    PlanRenderer.print(
        plan, PlanColours.enabled(this::environment), getLog()::info, getLog()::warn);
  }
}
