package io.github.fbhooks.maven;

import io.github.fbhooks.emulator.EmulatorAdminClient;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Stops the emulator that {@code featurebase:emulator-start} started in this build, optionally
 * saving its request log first (for assertions: which calls the build made).
 *
 * @since 0.1.0
 */
@Mojo(
    name = "emulator-stop",
    threadSafe = true,
    requiresProject = false,
    defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST)
public final class EmulatorStopMojo extends AbstractEmulatorMojo {

  /**
   * The emulator to stop; set by {@code emulator-start}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.BASE_URL, required = true)
  String baseUrl;

  /**
   * File to save the emulator's request log to (JSON; API keys redacted) before stopping it.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_REQUEST_LOG)
  File requestLog;

  @Override
  void runEmulatorGoal() {
    URI uri = URI.create(baseUrl.trim());
    EmulatorRegistry.remove(uri)
        .ifPresentOrElse(
            running -> {
              try {
                if (requestLog != null) {
                  Path file = layout().resolve(requestLog);
                  int count = new EmulatorAdminClient(uri).saveRequestLog(file);
                  getLog().info("Saved " + count + " request(s) to " + layout().shown(file) + ".");
                }
              } catch (IOException e) {
                throw new UserConfigurationException(
                    "Could not save the emulator request log to "
                        + layout().shown(layout().resolve(requestLog))
                        + ": "
                        + e,
                    e);
              } finally {
                running.emulator().close();
              }
              getLog().info("Stopped the Featurebase emulator at " + uri + ".");
            },
            () ->
                getLog()
                    .info(
                        "No emulator started by this build runs at " + uri + "; nothing to stop."));
  }
}
