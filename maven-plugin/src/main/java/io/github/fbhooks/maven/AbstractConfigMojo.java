package io.github.fbhooks.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that reads the webhooks configuration ({@code featurebase/webhooks.yaml}); offline. */
abstract class AbstractConfigMojo extends AbstractFeaturebaseMojo {

  /**
   * The webhooks configuration: a YAML file, or a directory whose {@code *.yaml} and {@code *.yml}
   * files are merged. Relative paths are resolved against the module directory, or the current
   * directory where there is no pom.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.CONFIG, defaultValue = "featurebase/webhooks.yaml")
  File config;

  /** {@return where the configuration is, relative to the module directory} */
  final ConfigLocation configLocation() {
    return ConfigLocation.of(layout(), config);
  }

  /** {@return the module directory: relative paths and file names in messages start there} */
  final Path baseDirectory() {
    return configLocation().baseDirectory();
  }

  /** {@return the configuration to read, refusing a missing one with the fix} */
  final Path configPath() {
    return configLocation().path();
  }
}
