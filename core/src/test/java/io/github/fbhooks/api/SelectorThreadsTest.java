package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fbhooks.api.StubServer.Reply;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SelectorThreadsTest {

  private final StubServer stub = StubServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void theSharedClientsAreRegisteredForExitAndOthersAreNot() {
    HttpClient shared = FeaturebaseClient.sharedHttpClient(Fixtures.settings(stub.baseUrl()));
    HttpClient own = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));

    assertThat(SelectorThreads.isRegistered(shared)).isTrue();
    assertThat(SelectorThreads.isRegistered(own)).isFalse();
  }

  @Test
  void aStoppedClientIsForgotten() {
    HttpClient client = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));
    SelectorThreads.register(client);

    SelectorThreads.stop(client);

    assertThat(SelectorThreads.isRegistered(client)).isFalse();
  }

  @Test
  void whereTheJdkCanCloseAClientAStoppedClientSendsNothingMore() throws Exception {
    HttpClient client = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));
    assumeTrue(SelectorThreads.canClose(client), "HttpClient is AutoCloseable from JDK 21");
    stub.enqueue(Reply.json(200, webhookJson(ID, "orders")));
    HttpRequest request = HttpRequest.newBuilder(stub.baseUrl().resolve("/v2/webhooks")).build();
    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);

    SelectorThreads.stop(client);

    assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(java.io.IOException.class);
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void whereTheJdkCanCloseAClientStoppingItAbandonsARequestInFlight() throws Exception {
    HttpClient client = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));
    assumeTrue(SelectorThreads.canClose(client), "HttpClient is AutoCloseable from JDK 21");
    stub.enqueue(Reply.json(200, webhookJson(ID, "orders")).after(Duration.ofSeconds(20)));
    HttpRequest request = HttpRequest.newBuilder(stub.baseUrl().resolve("/v2/webhooks")).build();
    CompletableFuture<HttpResponse<String>> stalled =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    while (stub.requests().isEmpty()) {
      Thread.sleep(10);
    }

    long started = System.nanoTime();
    SelectorThreads.stop(client);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(stalled).failsWithin(Duration.ofSeconds(5));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
