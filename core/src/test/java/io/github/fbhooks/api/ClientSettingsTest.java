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
        ClientSettings.of(KEY)
            .withApiKeySource("settings.xml server 'featurebase-prod'")
            .withApiVersion(ApiVersion.ORBIT)
            .withProxy(ProxyConfig.of("proxy", 3128))
            .withoutProxy()
            .withRetryPolicy(RetryPolicy.none());

    assertThat(settings.apiKeySource()).contains("settings.xml server 'featurebase-prod'");
    assertThat(settings.toString()).doesNotContain(API_KEY);
    assertThatThrownBy(() -> settings.withApiKey(Secret.of(" ")))
        .hasMessage(
            "The Featurebase API key from settings.xml server 'featurebase-prod' is blank: give"
                + " the workspace's secret API key (sk_...).");
  }

  @Test
  void copyMethodsChangeOneValue() {
    ClientSettings settings =
        ClientSettings.of(URI.create("http://localhost:8080/"), KEY)
            .withApiVersion(ApiVersion.ORBIT)
            .withReadTimeout(Duration.ofSeconds(5))
            .withConnectTimeout(Duration.ofSeconds(1))
            .withProxy(ProxyConfig.of("proxy", 3128))
            .withRetryPolicy(RetryPolicy.none());

    assertThat(settings.baseUrl()).hasToString("http://localhost:8080");
    assertThat(settings.apiVersion()).isEqualTo(ApiVersion.ORBIT);
    assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.proxy()).isPresent();
    assertThat(settings.withoutProxy().proxy()).isEmpty();
    assertThat(settings.retryPolicy().maxAttempts()).isEqualTo(1);
    assertThat(settings.withApiKey(Secret.of("sk_other")).apiKey().reveal()).isEqualTo("sk_other");
    assertThat(settings.withBaseUrl(ClientSettings.DEFAULT_BASE_URL).baseUrl())
        .isEqualTo(ClientSettings.DEFAULT_BASE_URL);
  }

  @Test
  void toStringPrintsNeitherKeyNorProxyPassword() {
    ClientSettings settings =
        ClientSettings.of(KEY)
            .withProxy(ProxyConfig.of("proxy", 3128).withCredentials("bob", Secret.of("hunter2")));

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
        .hasMessageContaining("featurebase.baseUrl");
    assertThatThrownBy(() -> ClientSettings.of(URI.create("https://user:pw@host"), KEY))
        .hasMessageContaining("user info")
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> ClientSettings.of(URI.create("https://host/?a=b"), KEY))
        .hasMessageContaining("query");
    assertThatThrownBy(() -> ClientSettings.of(Secret.of(" ")))
        .hasMessage(
            "The Featurebase API key is blank: give the workspace's secret API key (sk_...).");
    assertThatThrownBy(() -> ClientSettings.of(KEY).withReadTimeout(Duration.ZERO))
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
