package io.github.fbhooks.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** An emulator goal: can be skipped on its own, so a build can run against Featurebase instead. */
abstract class AbstractEmulatorMojo extends AbstractFeaturebaseMojo {

  /**
   * Skips the emulator goals only (the other goals still run, against {@code baseUrl}).
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_SKIP, defaultValue = "false")
  boolean skipEmulator;

  @Override
  final void doExecute() throws MojoExecutionException {
    if (skipEmulator) {
      getLog()
          .info(
              "Skipping " + goalName() + ": " + FeaturebaseProperties.EMULATOR_SKIP + " is true.");
      return;
    }
    runEmulatorGoal();
  }

  /**
   * Runs the goal.
   *
   * @throws MojoExecutionException when the emulator cannot start
   */
  abstract void runEmulatorGoal() throws MojoExecutionException;
}
