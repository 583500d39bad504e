package io.github.fbhooks.maven;

import io.github.fbhooks.api.ApiKeyShape;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.secret.Secret;
import java.net.URI;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the Featurebase API key: the {@code <password>} of a settings.xml server (decrypted, so
 * {@code mvn --encrypt-password} values work), else the environment variable {@value #ENV}. Two
 * configured sources are refused: the user must be able to tell which key a pipeline uses. An
 * emulator started earlier in this build supplies its own key, so a real key never goes to it.
 */
final class MavenCredentials {

  /** The environment variable that can hold the key. */
  static final String ENV = ClientSettings.API_KEY_VARIABLE;

  private final SettingsDecrypter decrypter;

  MavenCredentials(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  /**
   * Resolves the key.
   *
   * @param serverId the settings.xml server id
   * @param settings the build's settings
   * @param environmentKey the value of {@value #ENV}, or null
   * @param baseUrl the API base URL, to recognise an emulator of this build
   * @return the key and its source
   * @throws UserConfigurationException when no key, or more than one, is configured
   */
  ApiKeySource resolve(String serverId, Settings settings, String environmentKey, URI baseUrl) {
    // an emulator of this build wants its own key: never send a real key to it
    Optional<ApiKeySource> emulator = EmulatorRegistry.apiKeyFor(baseUrl);
    if (emulator.isPresent()) {
      return emulator.get();
    }
    Optional<ApiKeySource> fromSettings = fromSettings(serverId, settings);
    Optional<ApiKeySource> fromEnvironment =
        Optional.ofNullable(environmentKey)
            .map(key -> new ApiKeySource(Secret.of(key.trim()), "environment variable " + ENV));
    if (fromSettings.isPresent() && fromEnvironment.isPresent()) {
      throw new UserConfigurationException(
          "The Featurebase API key is configured twice: in settings.xml server '"
              + serverId
              + "' and in the environment variable "
              + ENV
              + ". Remove one of them, so it is clear which key this build uses.");
    }
    ApiKeySource source =
        fromSettings
            .or(() -> fromEnvironment)
            .orElseThrow(
                () ->
                    new UserConfigurationException(
                        "No Featurebase API key found. Add a server with id '"
                            + serverId
                            + "' and the key as <password> to ~/.m2/settings.xml (encrypt it"
                            + " with 'mvn --encrypt-password'), or set the environment variable "
                            + ENV
                            + ". A different server id can be chosen with -D"
                            + FeaturebaseProperties.SERVER_ID
                            + "=<id>."));
    ApiKeyShape.require(source.key(), source.source());
    return source;
  }

  private Optional<ApiKeySource> fromSettings(String serverId, Settings settings) {
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      return Optional.empty();
    }
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    SettingsDecryption.requireDecrypted(
        result,
        "settings.xml server '" + serverId + "'",
        " Check that ~/.m2/settings-security.xml (or the file -Dsettings.security names) holds the"
            + " master password the key was encrypted with, or give the key in the environment"
            + " variable "
            + ClientSettings.API_KEY_VARIABLE
            + " instead.");
    String password = result.getServer() == null ? null : result.getServer().getPassword();
    if (password == null || password.isBlank()) {
      throw new UserConfigurationException(
          "settings.xml server '"
              + serverId
              + "' has no <password>. Put the Featurebase API key there as <password>.");
    }
    return Optional.of(
        new ApiKeySource(Secret.of(password.trim()), "settings.xml server '" + serverId + "'"));
  }
}
