package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.webhook.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlainHttpTlsTest {

  private static final URI HTTPS = URI.create("https://do.featurebase.app");

  private final StubServer stub = StubServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void aPlainHttpClientSendsRealRequestsWithoutTls() throws Exception {
    ClientSettings settings = Fixtures.settings(stub.baseUrl());
    HttpClient http = FeaturebaseClient.httpClient(settings);
    stub.enqueue(Reply.json(200, "{}"));

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(stub.baseUrl().resolve("/v2/webhooks")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(http.sslContext()).isSameAs(PlainHttpTls.context());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(stub.onlyRequest().path()).isEqualTo("/v2/webhooks");
  }

  @Test
  void aFeaturebaseClientForAnHttpBaseUrlUsesTheInertContext() {
    ClientSettings settings = Fixtures.settings(stub.baseUrl());
    stub.enqueue(Reply.json(200, webhookJson(ID, "orders")));

    Webhook webhook = Fixtures.client(settings, BuildLog.NONE, new RecordingSleeper()).get(ID);

    assertThat(webhook.name()).isEqualTo("orders");
    assertThat(FeaturebaseClient.sharedHttpClient(settings).sslContext())
        .isSameAs(PlainHttpTls.context());
  }

  @Test
  void anHttpsBaseUrlKeepsTheJdkDefaultContext() throws NoSuchAlgorithmException {
    HttpClient http = FeaturebaseClient.httpClient(Fixtures.settings(HTTPS));

    assertThat(http.sslContext()).isSameAs(SSLContext.getDefault());
  }

  @Test
  void httpAndHttpsSettingsNeverShareAnHttpClient() {
    ClientSettings plain = Fixtures.settings(stub.baseUrl());
    ClientSettings otherPlain = Fixtures.settings(URI.create("http://localhost:1"));
    ClientSettings tls = Fixtures.settings(HTTPS);

    HttpClient plainClient = FeaturebaseClient.sharedHttpClient(plain);
    HttpClient tlsClient = FeaturebaseClient.sharedHttpClient(tls);

    assertThat(tlsClient).isNotSameAs(plainClient);
    assertThat(tlsClient.sslContext()).isNotSameAs(PlainHttpTls.context());
    assertThat(FeaturebaseClient.sharedHttpClient(otherPlain)).isSameAs(plainClient);
    assertThat(FeaturebaseClient.sharedHttpClient(tls)).isSameAs(tlsClient);
  }

  @Test
  void theInertContextRefusesEveryUseWithAClearMessage() {
    SSLContext inert = PlainHttpTls.context();
    List<Consumer<SSLContext>> uses =
        List.of(
            SSLContext::createSSLEngine,
            context -> context.createSSLEngine("do.featurebase.app", 443),
            SSLContext::getSocketFactory,
            SSLContext::getServerSocketFactory,
            SSLContext::getClientSessionContext,
            SSLContext::getServerSessionContext,
            SSLContext::getDefaultSSLParameters,
            SSLContext::getSupportedSSLParameters,
            PlainHttpTlsTest::init);

    for (Consumer<SSLContext> use : uses) {
      assertThatThrownBy(() -> use.accept(inert))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("plain http:// base URL")
          .hasMessageContaining("does no TLS")
          .hasMessageContaining("bug in fbhooks");
    }
  }

  private static void init(SSLContext context) {
    try {
      context.init(null, null, null);
    } catch (KeyManagementException e) {
      throw new AssertionError(e);
    }
  }
}
