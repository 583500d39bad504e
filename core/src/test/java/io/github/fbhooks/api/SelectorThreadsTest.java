package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.api.StubServer.Reply;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SelectorThreadsTest {

  private final StubServer stub = StubServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void theSelectorThreadOfAClientIsFoundAndAnInterruptEndsIt() throws Exception {
    HttpClient client = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));
    stub.enqueue(Reply.json(200, webhookJson(ID, "orders")));
    HttpRequest request = HttpRequest.newBuilder(stub.baseUrl().resolve("/v2/webhooks")).build();
    client.send(request, HttpResponse.BodyHandlers.ofString());

    Optional<Thread> selector = SelectorThreads.find(client);

    assertThat(selector).isPresent();
    assertThat(selector.get().getName()).endsWith("-SelectorManager");
    assertThat(selector.get().isAlive()).isTrue();

    selector.get().interrupt();
    selector.get().join(10_000);

    assertThat(selector.get().isAlive()).isFalse();
  }

  @Test
  void theSharedClientsAreRegisteredForExitAndOthersAreNot() {
    HttpClient shared = FeaturebaseClient.sharedHttpClient(Fixtures.settings(stub.baseUrl()));
    HttpClient own = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));

    assertThat(SelectorThreads.find(shared)).get().matches(SelectorThreads::isRegistered);
    assertThat(SelectorThreads.find(own))
        .get()
        .matches(thread -> !SelectorThreads.isRegistered(thread));
  }

  @Test
  void stoppingAClientEndsItsSelectorThreadAndForgetsIt() throws Exception {
    HttpClient client = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));
    Thread selector = SelectorThreads.find(client).orElseThrow();
    SelectorThreads.register(client);

    SelectorThreads.stop(client);
    selector.join(10_000);

    assertThat(selector.isAlive()).isFalse();
    assertThat(SelectorThreads.isRegistered(selector)).isFalse();
  }

  @Test
  void eachClientHasItsOwnSelectorThread() {
    HttpClient one = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));
    HttpClient two = FeaturebaseClient.httpClient(Fixtures.settings(stub.baseUrl()));

    assertThat(SelectorThreads.find(one)).isPresent().isNotEqualTo(SelectorThreads.find(two));
  }
}
