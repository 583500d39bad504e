package io.github.fbhooks.cli;

import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.words.SettingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/** Where the webhooks configuration is. */
final class ConfigOptions {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "<file|dir>",
      defaultValue = "featurebase/webhooks.yaml",
      description =
          "The webhooks configuration: a YAML file, or a directory whose *.yaml and *.yml files"
              + " are merged (default: ${DEFAULT-VALUE}).")
  Path config;

  /**
   * The configuration to read.
   *
   * @param context where relative paths start
   * @return the absolute path
   * @throws SettingException when there is nothing there
   */
  Path path(CliContext context) {
    Path path = context.resolve(config);
    if (!Files.exists(path)) {
      throw new SettingException(
          "No webhooks configuration at "
              + context.shown(path)
              + ": create it (the format is in fbhooks' docs/webhooks-file.md) or point --config"
              + " at a YAML file or a directory of them.");
    }
    return path;
  }

  /**
   * The validated configuration, {@code ${env:...}} resolved from the environment in the webhooks
   * the command handles; file names in messages start at the working directory.
   *
   * @param context the environment and working directory
   * @param handled which webhook names the command handles
   * @return the configuration
   */
  WebhooksConfig load(CliContext context, Predicate<String> handled) {
    return new ConfigLoader(context::env, context.workingDirectory()).load(path(context), handled);
  }
}
