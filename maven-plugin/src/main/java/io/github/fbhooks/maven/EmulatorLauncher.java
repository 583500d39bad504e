package io.github.fbhooks.maven;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;

/** Starts an emulator for the emulator goals, with the failures phrased for a build log. */
final class EmulatorLauncher {

  private EmulatorLauncher() {}

  /**
   * @throws MojoExecutionException when the port cannot be bound
   * @throws UserConfigurationException when the seed file is wrong
   */
  static Emulator start(EmulatorOptions options) throws MojoExecutionException {
    try {
      return Emulator.start(options);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not start the Featurebase emulator on port "
              + options.port()
              + ": "
              + e.getMessage()
              + ". Choose another port with -D"
              + FeaturebaseProperties.EMULATOR_PORT
              + "=<port>, or 0 for a free one.",
          e);
    } catch (IllegalArgumentException e) {
      throw new UserConfigurationException(e.getMessage(), e);
    }
  }
}
