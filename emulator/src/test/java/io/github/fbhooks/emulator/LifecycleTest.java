package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  @Test
  void defaultsAreThoseOfTheContract() {
    EmulatorOptions o = EmulatorOptions.defaults();

    assertThat(o.host()).isEqualTo("127.0.0.1");
    assertThat(o.port()).isZero();
    assertThat(o.apiKey()).isEmpty();
    assertThat(o.seedFile()).isEmpty();
    assertThat(o.defaultVersion()).isEqualTo(ApiVersion.NOVA);
    assertThat(o.rateLimitPerMinute()).isEqualTo(2000);
    assertThat(o.verbose()).isFalse();
    assertThat(o.retryScale()).isEqualTo(1.0);
    assertThat(o.suspendAfter()).isEqualTo(10);
  }

  @Test
  void optionsCheckTheirValuesWithoutShowingTheKey() {
    EmulatorOptions o = EmulatorOptions.defaults();

    assertThatThrownBy(() -> o.toBuilder().port(65536).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.toBuilder().rateLimitPerMinute(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.toBuilder().retryScale(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.toBuilder().retryScale(1.5).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.toBuilder().retryScale(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> o.toBuilder().suspendAfter(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(o.toBuilder().retryScale(0.001).suspendAfter(3).build().retryScale())
        .isEqualTo(0.001);
    assertThatThrownBy(() -> o.toBuilder().apiKey(Secret.of("pk_not_a_key_value")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("not_a_key_value");
    assertThat(o.toBuilder().apiKey(Secret.of("sk_abc")).verbose(true).build().toString())
        .doesNotContain("sk_abc");
  }

  @Test
  void whereTheJdkCanCloseHttpClientsClosingEndsTheDeliveryClientsSelectorThread()
      throws Exception {
    assumeTrue(
        AutoCloseable.class.isAssignableFrom(HttpClient.class),
        "HttpClient can be closed from JDK 21 on; before, its thread outlives the emulator");
    Set<Thread> before = selectorThreads();
    Emulator emulator = Emulator.start(EmulatorOptions.defaults());
    Set<Thread> started = selectorThreads();
    started.removeAll(before);

    emulator.close();

    // a selector thread left running would hold up the exit of the JVM (of a Maven build) 0.3 s
    assertThat(started).as("the delivery client's selector thread").isNotEmpty();
    for (Thread thread : started) {
      thread.join(10_000);
    }
    assertThat(started).noneMatch(Thread::isAlive);
  }

  private static Set<Thread> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().endsWith("-SelectorManager"))
        .collect(Collectors.toCollection(HashSet::new));
  }

  @Test
  void baseUrlNamesTheHostAndTheChosenPort() throws Exception {
    try (Emulator emulator = Emulator.start(EmulatorOptions.defaults())) {
      assertThat(emulator.port()).isPositive();
      assertThat(emulator.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + emulator.port());
      assertThat(
              new TestClient(emulator.baseUrl()).admin("GET", "/__emulator/health", null).status())
          .isEqualTo(200);
    }
  }

  @Test
  void closeReleasesThePortAndIsIdempotent() throws Exception {
    Emulator emulator = Emulator.start(EmulatorOptions.defaults());
    TestClient api = new TestClient(emulator.baseUrl());
    api.get("/v2/webhooks");

    emulator.close();
    emulator.close();

    assertThatThrownBy(() -> api.get("/v2/webhooks"))
        .isInstanceOf(IOException.class)
        .satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(ConnectException.class),
            e -> assertThat(e).hasMessageContaining("closed"),
            e -> assertThat(e).hasMessageContaining("no bytes"),
            e -> assertThat(e).hasMessageContaining("reset"));
    try (Emulator again = Emulator.start(EmulatorOptions.builder().port(emulator.port()).build())) {
      assertThat(again.port()).isEqualTo(emulator.port());
    }
  }

  @Test
  void awaitTerminationReturnsOnceClosed() throws Exception {
    Emulator emulator = Emulator.start(EmulatorOptions.defaults());
    CompletableFuture<Void> waiting =
        CompletableFuture.runAsync(
            () -> {
              try {
                emulator.awaitTermination();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Thread.sleep(100);
    assertThat(waiting).isNotDone();

    emulator.close();

    waiting.get(Duration.ofSeconds(3).toMillis(), TimeUnit.MILLISECONDS);
    assertThat(waiting).isDone();
  }
}
