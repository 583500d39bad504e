package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.api.ProxyConfig;
import io.github.fbhooks.words.SettingException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.io.DefaultSettingsReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials and proxies from real settings.xml fixtures, decrypted by Maven's own decrypter. */
@MojoTest
class MavenCredentialsTest {

  private static final URI FEATUREBASE = URI.create("https://do.featurebase.app");
  private static final String FIXTURES = "src/test/resources/settings/";

  @Inject SettingsDecrypter decrypter;

  private Settings settings;
  private String previousSecurity;

  @BeforeEach
  void readSettings() throws IOException {
    previousSecurity = System.getProperty("settings.security");
    System.setProperty(
        "settings.security", new File(FIXTURES + "settings-security.xml").getAbsolutePath());
    settings =
        new DefaultSettingsReader().read(new File(FIXTURES + "settings-encrypted.xml"), null);
  }

  @AfterEach
  void restore() {
    if (previousSecurity == null) {
      System.clearProperty("settings.security");
    } else {
      System.setProperty("settings.security", previousSecurity);
    }
  }

  private ApiKeySource resolve(String serverId, String environmentKey) {
    return new MavenCredentials(decrypter).resolve(serverId, settings, environmentKey, FEATUREBASE);
  }

  @Test
  void decryptsAnEncryptedServerPassword() {
    ApiKeySource key = resolve("featurebase", null);

    assertThat(key.key().reveal()).isEqualTo("sk_fixture_encrypted_key_0001");
    assertThat(key.toString())
        .isEqualTo("API key from settings.xml server 'featurebase'")
        .doesNotContain("sk_fixture");
  }

  @Test
  void readsAPlainServerPassword() {
    assertThat(resolve("plain", null).key().reveal()).isEqualTo("sk_fixture_plain_key_0002");
  }

  @Test
  void fallsBackToTheEnvironment() {
    ApiKeySource key = resolve("absent", "sk_from_environment_0003");

    assertThat(key.key().reveal()).isEqualTo("sk_from_environment_0003");
    assertThat(key.source()).isEqualTo("environment variable FEATUREBASE_API_KEY");
  }

  @Test
  void refusesTwoSources() {
    assertThatThrownBy(() -> resolve("featurebase", "sk_from_environment_0003"))
        .isInstanceOf(UserConfigurationException.class)
        .hasMessageContaining("configured twice")
        .hasMessageContaining("settings.xml server 'featurebase'")
        .hasMessageContaining("FEATUREBASE_API_KEY")
        .hasMessageNotContaining("sk_");
  }

  @Test
  void explainsWhereToPutAMissingKey() {
    assertThatThrownBy(() -> resolve("absent", null))
        .isInstanceOf(UserConfigurationException.class)
        .hasMessageContaining("No Featurebase API key found")
        .hasMessageContaining("server with id 'absent'")
        .hasMessageContaining("FEATUREBASE_API_KEY");
  }

  @Test
  void refusesAServerWithoutPassword() {
    assertThatThrownBy(() -> resolve("no-password", null))
        .isInstanceOf(UserConfigurationException.class)
        .hasMessageContaining("settings.xml server 'no-password' has no <password>");
  }

  @Test
  void refusesSomethingThatIsNotAnApiKeyWithoutPrintingIt() {
    assertThatThrownBy(() -> resolve("not-an-api-key", null))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("start with 'sk_'")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aDecryptionFailureReadsWithoutJavaClassNames() {
    assertThat(
            SettingsDecryption.reason(
                "Failed to decrypt password for server featurebase:"
                    + " org.sonatype.plexus.components.sec.dispatcher.SecDispatcherException:"
                    + " java.io.FileNotFoundException: /home/u/.m2/settings-security.xml (No such"
                    + " file or directory)"))
        .isEqualTo(": /home/u/.m2/settings-security.xml (No such file or directory)");
    assertThat(SettingsDecryption.reason("Failed to decrypt password for proxy p: bad base64."))
        .isEqualTo(": bad base64");
    assertThat(SettingsDecryption.reason(null)).isEmpty();
  }

  @Test
  void reportsAMasterPasswordThatCannotDecrypt() {
    System.setProperty(
        "settings.security", new File(FIXTURES + "does-not-exist.xml").getAbsolutePath());

    assertThatThrownBy(() -> resolve("featurebase", null))
        .isInstanceOf(UserConfigurationException.class)
        .hasMessageContaining("Cannot decrypt the password of settings.xml server 'featurebase'")
        .hasMessage(
            "Cannot decrypt the password of settings.xml server 'featurebase': "
                + new File(FIXTURES + "does-not-exist.xml").getAbsolutePath()
                + " (No such file or directory). Check that ~/.m2/settings-security.xml (or the"
                + " file -Dsettings.security names) holds the master password the key was"
                + " encrypted with, or give the key in the environment variable"
                + " FEATUREBASE_API_KEY instead.");
  }

  @Test
  void mapsTheActiveProxyWithItsDecryptedPassword() {
    ProxyConfig proxy = new MavenProxies(decrypter).activeProxy(settings).orElseThrow();

    assertThat(proxy.host()).isEqualTo("proxy.example.com");
    assertThat(proxy.port()).isEqualTo(3128);
    assertThat(proxy.username()).contains("proxyuser");
    assertThat(proxy.password().orElseThrow().reveal()).isEqualTo("sk_fixture_encrypted_key_0001");
    assertThat(proxy.bypassesProxy("api.internal.example.com")).isTrue();
    assertThat(proxy.bypassesProxy("intranet")).isTrue();
    assertThat(proxy.bypassesProxy("127.0.0.1")).isTrue();
    assertThat(proxy.bypassesProxy("localhost")).isTrue();
    assertThat(proxy.bypassesProxy("do.featurebase.app")).isFalse();
    assertThat(proxy.toString()).doesNotContain("sk_fixture");
  }

  @Test
  void noProxyWithoutSettings() {
    assertThat(new MavenProxies(decrypter).activeProxy(new Settings())).isEmpty();
  }
}
