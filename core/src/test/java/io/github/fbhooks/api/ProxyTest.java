package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.errorJson;
import static io.github.fbhooks.api.Fixtures.pageJson;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Recorded;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.contract.TestTransport;
import io.github.fbhooks.log.RecordingLog;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.net.Authenticator.RequestorType;
import java.net.PasswordAuthentication;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProxyTest {

  /**
   * The API as the proxy sees it: a loopback address other than the stub's own, since plain http is
   * allowed only to loopback (an https base URL would need a CONNECT tunnel the stub cannot serve);
   * the client still sends it through the proxy, as it would any host.
   */
  private static final URI REMOTE = URI.create("http://127.0.0.2:8089");

  private final StubServer proxy = StubServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RecordingLog log = new RecordingLog(true);

  @AfterEach
  void stop() {
    proxy.close();
  }

  private ProxyConfig proxyConfig() {
    return ProxyConfig.of("127.0.0.1", proxy.port());
  }

  private FeaturebaseClient client(URI baseUrl, ProxyConfig config) {
    return Fixtures.client(
        Fixtures.settings(baseUrl).toBuilder().proxy(config).build(), log, sleeper);
  }

  @Test
  void sendsTheAbsoluteUriToTheProxy() {
    proxy.enqueue(Reply.json(200, pageJson(null)));

    client(REMOTE, proxyConfig()).list(10, null, null);

    Recorded request = proxy.onlyRequest();
    assertThat(request.uri()).hasToString("http://127.0.0.2:8089/v2/webhooks?limit=10");
    assertThat(request.header("Host")).isEqualTo("127.0.0.2:8089");
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + Fixtures.API_KEY);
  }

  @Test
  void answersTheProxyChallengeWithTheProxyCredentials() {
    proxy.enqueue(
        Reply.of(407, "text/plain", "auth").withHeader("Proxy-Authenticate", "Basic realm=\"p\""),
        Reply.json(200, webhookJson(ID, "a")));

    client(REMOTE, proxyConfig().withCredentials("proxy-user", Secret.of("proxy-pass"))).get(ID);

    List<Recorded> requests = proxy.requests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).header("Proxy-Authorization")).isNull();
    assertThat(requests.get(1).header("Proxy-Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("proxy-user:proxy-pass".getBytes(StandardCharsets.UTF_8)));
    assertThat(log.text())
        .doesNotContain("proxy-pass")
        .doesNotContain("cHJveHktdXNlcjpwcm94eS1wYXNz");
  }

  @Test
  void refusedProxyCredentialsAreAProxyAuthenticationFailure() {
    for (int i = 0; i < 6; i++) {
      proxy.enqueue(
          Reply.of(407, "text/plain", "no").withHeader("Proxy-Authenticate", "Basic realm=\"p\""));
    }

    TransportException e =
        catchThrowableOfType(
            TransportException.class,
            () ->
                client(REMOTE, proxyConfig().withCredentials("u", Secret.of("proxy-pass")))
                    .get(ID));

    assertThat(e.reason()).isEqualTo(TransportException.Reason.PROXY_AUTHENTICATION);
    assertThat(e.connectFailed()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    if (TestTransport.current() == Transport.URL_CONNECTION) {
      // one try without credentials, one with them: HttpURLConnection would ask on and on
      assertThat(proxy.requests()).hasSize(2);
    }
    assertThat(e)
        .hasMessageContaining("127.0.0.1:" + proxy.port())
        .hasMessageNotContaining("proxy-pass");
  }

  @Test
  void aServer401WithoutChallengeIsStillAnAuthenticationFailureWithProxyCredentials() {
    proxy.enqueue(
        Reply.json(401, errorJson(401, "authentication_error", "invalid_api_key", "Bad key")));

    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class,
            () ->
                client(REMOTE, proxyConfig().withCredentials("u", Secret.of("proxy-pass")))
                    .list(null, null, null));

    assertThat(e.status()).isEqualTo(401);
    assertThat(proxy.requests()).hasSize(1);
  }

  @Test
  void nonProxyHostsGoDirect() throws IOException {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    StubServer direct = proxy; // the stub plays the API here, reached without the proxy
    direct.enqueue(Reply.json(200, pageJson(null)));
    ProxyConfig unreachable =
        ProxyConfig.of("127.0.0.1", deadPort)
            .withNonProxyHosts(ProxyConfig.parseNonProxyHosts("*.internal|127.0.0.1"));

    client(direct.baseUrl(), unreachable).list(null, null, null);

    assertThat(direct.onlyRequest().uri().getHost()).isNull(); // origin-form: not via a proxy
  }

  @Test
  void nonProxyHostPatterns() {
    ProxyConfig config =
        ProxyConfig.of("proxy", 3128)
            .withNonProxyHosts(
                ProxyConfig.parseNonProxyHosts("*.example.com| localhost ,10.0.*|::1||*-dev"));

    assertThat(config.nonProxyHosts())
        .containsExactly("*.example.com", "localhost", "10.0.*", "::1", "*-dev");
    assertThat(config.bypassesProxy("api.example.com")).isTrue();
    assertThat(config.bypassesProxy("API.EXAMPLE.COM.")).isTrue();
    assertThat(config.bypassesProxy("example.com")).isFalse();
    assertThat(config.bypassesProxy("example.com.evil.org")).isFalse();
    assertThat(config.bypassesProxy("LOCALHOST")).isTrue();
    assertThat(config.bypassesProxy("localhost.evil.org")).isFalse();
    assertThat(config.bypassesProxy("10.0.3.4")).isTrue();
    assertThat(config.bypassesProxy("110.0.3.4")).isFalse();
    assertThat(config.bypassesProxy("[::1]")).isTrue();
    assertThat(config.bypassesProxy("box-dev")).isTrue();
    assertThat(config.bypassesProxy("do.featurebase.app")).isFalse();
    assertThat(config.bypassesProxy(null)).isFalse();
    assertThat(ProxyConfig.parseNonProxyHosts(null)).isEmpty();
    assertThat(ProxyConfig.parseNonProxyHosts("  ")).isEmpty();
  }

  @Test
  void theAuthenticatorAnswersOnlyTheProxy() throws Exception {
    ProxyAuthenticator authenticator =
        new ProxyAuthenticator(
            ProxyConfig.of("proxy.corp", 3128).withCredentials("u", Secret.of("p")));
    URL url = new URL("https://do.featurebase.app/v2/webhooks");

    PasswordAuthentication forProxy =
        authenticator.requestPasswordAuthenticationInstance(
            "proxy.corp", null, 3128, "http", "realm", "basic", url, RequestorType.PROXY);
    PasswordAuthentication forServer =
        authenticator.requestPasswordAuthenticationInstance(
            "do.featurebase.app", null, 443, "https", "realm", "basic", url, RequestorType.SERVER);
    PasswordAuthentication forOtherProxy =
        authenticator.requestPasswordAuthenticationInstance(
            "other.corp", null, 3128, "http", "realm", "basic", url, RequestorType.PROXY);

    assertThat(forProxy.getUserName()).isEqualTo("u");
    assertThat(forProxy.getPassword()).containsExactly('p');
    assertThat(forServer).isNull();
    assertThat(forOtherProxy).isNull();
  }

  @Test
  void warnsWhenBasicProxyAuthenticationCannotTunnel() {
    RecordingLog warnings = new RecordingLog(false);
    ProxyConfig withCredentials = proxyConfig().withCredentials("u", Secret.of("proxy-pass"));

    FeaturebaseClient.create(
        Fixtures.settings(ClientSettings.DEFAULT_BASE_URL).toBuilder()
            .proxy(withCredentials)
            .build(),
        warnings,
        Fixtures.CLOCK,
        sleeper);
    FeaturebaseClient.create(
        Fixtures.settings(ClientSettings.DEFAULT_BASE_URL).toBuilder().proxy(proxyConfig()).build(),
        warnings,
        Fixtures.CLOCK,
        sleeper);

    if (ProxyAuthenticator.basicDisabledForTunnels()) {
      assertThat(warnings.lines())
          .singleElement()
          .asString()
          .contains("jdk.http.auth.tunneling.disabledSchemes")
          .contains("127.0.0.1:" + proxy.port())
          .doesNotContain("proxy-pass");
    } else {
      assertThat(warnings.lines()).isEmpty();
    }
    assertThat(System.getProperty("jdk.http.auth.tunneling.disabledSchemes"))
        .as("fbhooks never changes the JVM-wide setting")
        .isNull();
  }
}
