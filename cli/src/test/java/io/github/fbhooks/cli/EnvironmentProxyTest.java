package io.github.fbhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.api.ProxyConfig;
import io.github.fbhooks.words.SettingException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentProxyTest {

  @Test
  void readsHttpsProxyWithItsCredentialsAndNoProxyAsCurlDoes() {
    ProxyConfig proxy =
        EnvironmentProxy.of(
                CliHarness.context(
                    Map.of(
                        "HTTPS_PROXY", "http://build%40corp:p%3Ass+w@proxy.corp:3128",
                        "NO_PROXY", "localhost,.internal.corp,example.org")))
            .orElseThrow();

    assertThat(proxy.host()).isEqualTo("proxy.corp");
    assertThat(proxy.port()).isEqualTo(3128);
    assertThat(proxy.username()).contains("build@corp");
    assertThat(proxy.password().orElseThrow().reveal()).isEqualTo("p:ss+w");
    assertThat(proxy.bypassesProxy("localhost")).isTrue();
    assertThat(proxy.bypassesProxy("api.internal.corp")).isTrue();
    assertThat(proxy.bypassesProxy("example.org")).isTrue();
    assertThat(proxy.bypassesProxy("www.example.org")).isTrue();
    assertThat(proxy.bypassesProxy("do.featurebase.app")).isFalse();
  }

  @Test
  void noProxyVariableNoProxy() {
    assertThat(EnvironmentProxy.of(CliHarness.context(Map.of()))).isEmpty();
    assertThat(
            EnvironmentProxy.of(CliHarness.context(Map.of("https_proxy", "proxy:8080")))
                .orElseThrow()
                .port())
        .isEqualTo(8080);
  }

  @Test
  void aBrokenProxyUrlIsRefusedWithoutShowingItsPassword() {
    assertThatThrownBy(
            () ->
                EnvironmentProxy.of(
                    CliHarness.context(Map.of("HTTPS_PROXY", "http://u:sec ret@pr oxy:1"))))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("HTTPS_PROXY")
        .hasMessageNotContaining("sec ret")
        .hasNoCause();
  }
}
