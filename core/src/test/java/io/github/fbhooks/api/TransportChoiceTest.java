package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.pageJson;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Recorded;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.webhook.WebhookUpdate;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link Transport#URL_CONNECTION} changes: its requests leave no JDK {@code HttpClient}
 * behind, but for PATCH, which only that client can send. The other HTTP suites run on both
 * transports (see {@code TestTransport}).
 */
class TransportChoiceTest {

  private final StubServer stub = StubServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void urlConnectionStartsAnHttpClientOnlyForPatch() {
    // a connect timeout no other test uses: this test's PATCH gets an HttpClient of its own
    ClientSettings settings =
        Fixtures.settings(stub.baseUrl()).toBuilder()
            .connectTimeout(Duration.ofMillis(2_345))
            .transport(Transport.URL_CONNECTION)
            .build();
    FeaturebaseClient client = Fixtures.client(settings, BuildLog.NONE, new RecordingSleeper());
    stub.enqueue(
        Reply.json(200, pageJson(null, webhookJson(ID, "a"))),
        Reply.json(200, webhookJson(ID, "a")),
        Reply.json(200, "{\"id\":\"" + ID + "\",\"object\":\"webhook\",\"deleted\":true}"),
        Reply.json(200, webhookJson(ID, "b")));
    Set<Thread> before = selectorThreads();

    client.list(null, null, null);
    client.refreshSecret(ID);
    client.delete(ID);
    Set<Thread> afterBlockingCalls = selectorThreads();
    client.update(ID, WebhookUpdate.builder().name("b").build());
    Set<Thread> afterPatch = selectorThreads();

    assertThat(stub.requests())
        .extracting(Recorded::method)
        .containsExactly("GET", "POST", "DELETE", "PATCH");
    assertThat(afterBlockingCalls).isSubsetOf(before);
    Set<Thread> startedByPatch = new HashSet<>(afterPatch);
    startedByPatch.removeAll(before);
    assertThat(startedByPatch).isNotEmpty();
  }

  /**
   * The JDK names an {@code HttpClient}'s selector thread {@code HttpClient-<n>-SelectorManager}.
   */
  private static Set<Thread> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().endsWith("-SelectorManager"))
        .collect(Collectors.toSet());
  }
}
