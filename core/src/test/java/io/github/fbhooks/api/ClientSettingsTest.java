package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  private static final Secret KEY = Secret.of(API_KEY);

  @Test
  void defaults() {
    ClientSettings settings = ClientSettings.of(KEY);

    assertThat(settings.baseUrl()).hasToString("https://do.featurebase.app");
    assertThat(settings.apiVersion()).isEqualTo(ApiVersion.NOVA);
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.proxy()).isEmpty();
    assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.DEFAULT);
    assertThat(settings.apiKeySource()).isEmpty();
  }

  @Test
  void theKeySourceSurvivesTheOtherCopiesAndNamesABlankKey() {
    ClientSettings settings =
        ClientSettings.builder(KEY)
            .apiKeySource("settings.xml server 'featurebase-prod'")
            .apiVersion(ApiVersion.ORBIT)
            .proxy(ProxyConfig.of("proxy", 3128))
            .noProxy()
            .retryPolicy(RetryPolicy.none())
            .build();

    assertThat(settings.apiKeySource()).contains("settings.xml server 'featurebase-prod'");
    assertThat(settings.toString()).doesNotContain(API_KEY);
    assertThatThrownBy(() -> settings.toBuilder().apiKey(Secret.of(" ")).build())
        .hasMessage(
            "The Featurebase API key from settings.xml server 'featurebase-prod' is blank: give"
                + " the workspace's secret API key (sk_...).");
  }

  @Test
  void copyMethodsChangeOneValue() {
    ClientSettings settings =
        ClientSettings.builder(URI.create("http://localhost:8080/"), KEY)
            .apiVersion(ApiVersion.ORBIT)
            .readTimeout(Duration.ofSeconds(5))
            .connectTimeout(Duration.ofSeconds(1))
            .proxy(ProxyConfig.of("proxy", 3128))
            .retryPolicy(RetryPolicy.none())
            .build();

    assertThat(settings.baseUrl()).hasToString("http://localhost:8080");
    assertThat(settings.apiVersion()).isEqualTo(ApiVersion.ORBIT);
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.proxy()).isPresent();
    assertThat(settings.toBuilder().noProxy().build().proxy()).isEmpty();
    assertThat(settings.retryPolicy().maxAttempts()).isEqualTo(1);
    assertThat(settings.toBuilder().apiKey(Secret.of("sk_other")).build().apiKey().reveal())
        .isEqualTo("sk_other");
    assertThat(settings.toBuilder().baseUrl(ClientSettings.DEFAULT_BASE_URL).build().baseUrl())
        .isEqualTo(ClientSettings.DEFAULT_BASE_URL);
  }

  @Test
  void toStringPrintsNeitherKeyNorProxyPassword() {
    ClientSettings settings =
        ClientSettings.builder(KEY)
            .proxy(ProxyConfig.of("proxy", 3128).withCredentials("bob", Secret.of("hunter2")))
            .build();

    assertThat(settings.toString())
        .doesNotContain(API_KEY)
        .doesNotContain("hunter2")
        .contains("[redacted]")
        .contains("bob");
    assertThat(settings.proxy().orElseThrow().toString())
        .isEqualTo(
            "ProxyConfig[host=proxy, port=3128, username=bob, password=[redacted],"
                + " nonProxyHosts=[]]");
  }

  @Test
  void refusesBadValuesWithAFix() {
    assertThatThrownBy(() -> ClientSettings.of(URI.create("ftp://x"), KEY))
        .hasMessageContaining("must start with https://")
        .hasMessageContaining("set the base URL");
    assertThatThrownBy(() -> ClientSettings.of(URI.create("https://user:pw@host"), KEY))
        .hasMessageContaining("user info")
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> ClientSettings.of(URI.create("https://host/?a=b"), KEY))
        .hasMessageContaining("query");
    assertThatThrownBy(() -> ClientSettings.of(Secret.of(" ")))
        .hasMessage(
            "The Featurebase API key is blank: give the workspace's secret API key (sk_...).");
    assertThatThrownBy(() -> ClientSettings.builder(KEY).readTimeout(Duration.ZERO).build())
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> ProxyConfig.of("proxy", 0)).hasMessageContaining("port 0");
    assertThatThrownBy(
            () ->
                new ProxyConfig(
                    "proxy",
                    1,
                    java.util.Optional.empty(),
                    java.util.Optional.of(Secret.of("p")),
                    java.util.List.of()))
        .hasMessageContaining("password but no username");
  }
}
