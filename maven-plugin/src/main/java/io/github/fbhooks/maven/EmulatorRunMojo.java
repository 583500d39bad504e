package io.github.fbhooks.maven;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the Featurebase emulator in the foreground until Ctrl-C, for local development: point a
 * pipeline or an application at the printed URL. It accepts any API key that starts with {@code
 * sk_}.
 *
 * @since 0.1.0
 */
@Mojo(name = "emulator-run", threadSafe = true, requiresProject = false)
public final class EmulatorRunMojo extends AbstractEmulatorServerMojo {

  /**
   * Port to listen on, on 127.0.0.1; 0 picks a free port.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_PORT, defaultValue = "8089")
  int port;

  @Override
  void runEmulatorGoal() throws MojoExecutionException {
    EmulatorOptions options = options(port);
    try (Emulator emulator = EmulatorLauncher.start(options)) {
      getLog().info("Featurebase emulator listening on " + emulator.baseUrl());
      getLog().info("Any API key starting with sk_ is accepted. Press Ctrl-C to stop.");
      emulator.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      getLog().info("Interrupted; the emulator stopped.");
    }
  }
}
