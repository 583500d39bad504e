package io.github.fbhooks.maven;

import io.github.fbhooks.api.ProxyConfig;
import io.github.fbhooks.secret.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Maps the active settings.xml {@code <proxy>} to the client's proxy configuration. */
final class MavenProxies {

  /** Loopback never goes through a proxy: the emulator and local receivers live there. */
  private static final List<String> ALWAYS_DIRECT = List.of("localhost", "127.*", "[::1]");

  private final SettingsDecrypter decrypter;

  MavenProxies(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  Optional<ProxyConfig> activeProxy(Settings settings) {
    Proxy proxy = settings == null ? null : settings.getActiveProxy();
    if (proxy == null) {
      return Optional.empty();
    }
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
    SettingsDecryption.requireDecrypted(result, "settings.xml proxy '" + proxy.getId() + "'", "");
    Proxy decrypted = result.getProxy() == null ? proxy : result.getProxy();
    List<String> nonProxyHosts = new ArrayList<>(ALWAYS_DIRECT);
    if (decrypted.getNonProxyHosts() != null) {
      nonProxyHosts.addAll(ProxyConfig.parseNonProxyHosts(decrypted.getNonProxyHosts()));
    }
    Optional<String> username =
        Optional.ofNullable(decrypted.getUsername()).filter(u -> !u.isBlank());
    try {
      return Optional.of(
          new ProxyConfig(
              decrypted.getHost() == null ? "" : decrypted.getHost(),
              decrypted.getPort(),
              username,
              username
                  .flatMap(
                      u -> Optional.ofNullable(decrypted.getPassword()).filter(p -> !p.isEmpty()))
                  .map(Secret::of),
              nonProxyHosts));
    } catch (IllegalArgumentException e) {
      throw new UserConfigurationException(
          "settings.xml proxy '" + proxy.getId() + "' is not usable: " + e.getMessage() + ".", e);
    }
  }
}
