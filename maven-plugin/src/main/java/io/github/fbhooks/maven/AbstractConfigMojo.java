package io.github.fbhooks.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that reads the webhooks configuration ({@code featurebase/webhooks.yaml}); offline. */
abstract class AbstractConfigMojo extends AbstractFeaturebaseMojo {

  /**
   * The webhooks configuration: a YAML file, or a directory whose {@code *.yaml} and {@code *.yml}
   * files are merged. Relative paths are resolved against the module directory.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = FeaturebaseProperties.CONFIG,
      defaultValue = "${project.basedir}/featurebase/webhooks.yaml")
  File config;

  /** {@return the module directory: relative paths and file names in messages start there} */
  final Path baseDirectory() {
    return project == null || project.getBasedir() == null
        ? Path.of("").toAbsolutePath()
        : project.getBasedir().toPath();
  }

  /**
   * The configuration to read, refusing a missing one with the fix.
   *
   * @return the file or directory
   */
  final Path configPath() {
    if (config == null) {
      throw new UserConfigurationException(
          "No webhooks configuration given: set -D"
              + FeaturebaseProperties.CONFIG
              + "=<file or directory>.");
    }
    Path path = baseDirectory().resolve(config.toPath());
    if (!path.toFile().exists()) {
      throw new UserConfigurationException(
          "No webhooks configuration at "
              + shown(path)
              + ": create it (the format is in the fbhooks README) or point -D"
              + FeaturebaseProperties.CONFIG
              + " at a YAML file or a directory of them.");
    }
    return path;
  }

  /** {@return files as messages show them: relative to the module directory} */
  final String shown(List<Path> files) {
    return files.stream().map(Path::toString).collect(Collectors.joining(", "));
  }

  private String shown(Path path) {
    Path base = baseDirectory().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }
}
