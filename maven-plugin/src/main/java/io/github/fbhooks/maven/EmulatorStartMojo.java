package io.github.fbhooks.maven;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.secret.Secret;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the Featurebase emulator in the background of this build and points the later {@code
 * featurebase:*} goals of the build at it (by setting {@code featurebase.baseUrl}). The emulator
 * stops with {@code featurebase:emulator-stop} or when the build ends.
 *
 * @since 0.1.0
 */
@Mojo(
    name = "emulator-start",
    threadSafe = true,
    requiresProject = false,
    defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST)
public final class EmulatorStartMojo extends AbstractEmulatorServerMojo {

  /**
   * Port to listen on, on 127.0.0.1; 0 picks a free port.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_PORT, defaultValue = "0")
  int port;

  /**
   * JSON file with a list of faults to inject, each as accepted by {@code POST /__emulator/faults};
   * the format is in docs/emulator.md.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_FAULTS)
  File faults;

  /**
   * Name of an environment variable holding the only API key the emulator accepts. Unset: the
   * emulator makes up a key and the later goals of this build use it automatically. Set: the goals
   * must bring their own key (settings.xml or FEATUREBASE_API_KEY), as against Featurebase.
   *
   * @since 0.1.0
   */
  @Parameter String apiKeyEnvironmentVariable;

  @Override
  void runEmulatorGoal() throws MojoExecutionException {
    Optional<Secret> requiredKey = requiredKey();
    Secret key = requiredKey.orElseGet(EmulatorStartMojo::inventedKey);
    EmulatorOptions options = options(port).toBuilder().apiKey(Optional.of(key)).build();
    Emulator emulator = EmulatorLauncher.start(options);
    EmulatorRegistry.register(emulator, key, requiredKey.isEmpty());
    if (faults != null) {
      Path file = layout().resolve(faults);
      try {
        int count = new EmulatorAdminClient(emulator.baseUrl()).addFaults(file);
        getLog().info("Injected " + count + " fault(s) from " + layout().shown(file) + ".");
      } catch (IOException | IllegalArgumentException e) {
        emulator.close();
        EmulatorRegistry.remove(emulator.baseUrl());
        throw new UserConfigurationException(
            "Could not inject the faults of " + layout().shown(file) + ": " + e.getMessage(), e);
      }
    }
    String url = emulator.baseUrl().toString();
    for (MavenProject each : session.getProjects()) {
      each.getProperties().setProperty(FeaturebaseProperties.BASE_URL, url);
    }
    project.getProperties().setProperty(FeaturebaseProperties.BASE_URL, url);
    String fromCommandLine =
        session.getUserProperties().getProperty(FeaturebaseProperties.BASE_URL);
    if (fromCommandLine != null && !fromCommandLine.equals(url)) {
      getLog()
          .warn(
              "-D"
                  + FeaturebaseProperties.BASE_URL
                  + "="
                  + fromCommandLine
                  + " is set on the command line and wins over the emulator: later goals will"
                  + " not talk to the emulator. Drop it to use the emulator.");
    }
    getLog().info("Featurebase emulator listening on " + url);
    getLog()
        .info(
            requiredKey.isPresent()
                ? "It accepts only the API key in $" + apiKeyEnvironmentVariable + "."
                : "Later featurebase goals of this build use it, with its own API key.");
  }

  private Optional<Secret> requiredKey() {
    if (apiKeyEnvironmentVariable == null || apiKeyEnvironmentVariable.isBlank()) {
      return Optional.empty();
    }
    String value = environment(apiKeyEnvironmentVariable.trim());
    if (value == null || !value.startsWith("sk_")) {
      throw new UserConfigurationException(
          "apiKeyEnvironmentVariable names $"
              + apiKeyEnvironmentVariable
              + ", which is "
              + (value == null ? "not set" : "not an API key (keys start with sk_)")
              + ". Set it, or remove apiKeyEnvironmentVariable to let the emulator make up a key.");
    }
    return Optional.of(Secret.of(value.trim()));
  }

  private static Secret inventedKey() {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return Secret.of("sk_emulator_" + HexFormat.of().formatHex(random));
  }
}
