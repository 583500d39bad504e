package io.github.fbhooks.maven;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import java.io.File;
import java.util.Optional;
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
public final class EmulatorRunMojo extends AbstractEmulatorMojo {

  /**
   * Port to listen on, on 127.0.0.1; 0 picks a free port.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_PORT, defaultValue = "8089")
  int port;

  /**
   * JSON file of webhooks to start with, as for {@code emulator-start}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_SEED)
  File seed;

  /**
   * Requests per minute per API key before the emulator answers 429.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_RATE_LIMIT, defaultValue = "2000")
  int rateLimit;

  /**
   * How fast failed deliveries are retried: 1 is Featurebase's schedule (+1 min, +1 h, +6 h), 0.001
   * turns it into 60 ms, 3.6 s and 21.6 s.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_RETRY_SCALE, defaultValue = "1")
  double retryScale;

  /**
   * Failed deliveries in a row after which the emulator suspends a webhook.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_SUSPEND_AFTER, defaultValue = "10")
  int suspendAfter;

  @Override
  void runEmulatorGoal() throws MojoExecutionException {
    EmulatorOptions options =
        EmulatorOptions.defaults()
            .withPort(port)
            .withSeedFile(Optional.ofNullable(seed).map(File::toPath))
            .withRateLimitPerMinute(rateLimit)
            .withRetryScale(retryScale)
            .withSuspendAfter(suspendAfter);
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
