package io.github.fbhooks.maven;

import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.WebhooksConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where a goal's webhooks configuration is: the {@code config} parameter, resolved against the
 * module directory (the directory Maven runs in, without a pom), which is also where file names in
 * messages start.
 *
 * @param layout the module's directories
 * @param config the {@code config} parameter, or null
 */
record ConfigLocation(ProjectLayout layout, File config) {

  static ConfigLocation of(ProjectLayout layout, File config) {
    return new ConfigLocation(layout, config);
  }

  /** {@return the module directory, or the directory Maven runs in without a pom} */
  Path baseDirectory() {
    return layout.baseDirectory();
  }

  /** {@return the configuration to read, refusing a missing one with the fix} */
  Path path() {
    if (config == null) {
      throw new UserConfigurationException(
          "No webhooks configuration given: set -D"
              + FeaturebaseProperties.CONFIG
              + "=<file or directory>.");
    }
    Path path = layout.resolve(config);
    if (!path.toFile().exists()) {
      throw new UserConfigurationException(
          "No webhooks configuration at "
              + layout.shown(path)
              + ": create it (the format is in fbhooks' docs/webhooks-file.md) or point -D"
              + FeaturebaseProperties.CONFIG
              + " at a YAML file or a directory of them.");
    }
    return path;
  }

  /** {@return the validated configuration, {@code ${env:...}} resolved through the environment} */
  WebhooksConfig load(Function<String, String> environment) {
    return new ConfigLoader(environment, baseDirectory()).load(path());
  }

  /**
   * {@return the validated configuration, {@code ${env:...}} resolved through the environment in
   * the webhooks the goal handles}
   */
  WebhooksConfig load(Function<String, String> environment, Predicate<String> handled) {
    return new ConfigLoader(environment, baseDirectory()).load(path(), handled);
  }
}
