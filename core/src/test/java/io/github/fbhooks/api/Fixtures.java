package io.github.fbhooks.api;

import io.github.fbhooks.contract.TestTransport;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Shared test data: a key, secrets, webhook JSON, fast settings and a recording sleeper. */
final class Fixtures {

  static final String API_KEY = "sk_test_4f9c2b7e1d8a6053";
  static final String WEBHOOK_SECRET = "whsec_Zx81kQp0TnVb5Lm2Rc7yEw";
  static final String ID = "65f0a1b2c3d4e5f6a7b8c9d0";
  static final String ID_2 = "65f0a1b2c3d4e5f6a7b8c9d1";
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Fixtures() {}

  /** Fast settings: short timeouts, tiny backoffs. */
  static ClientSettings settings(URI baseUrl) {
    return ClientSettings.builder(baseUrl, Secret.of(API_KEY))
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.DEFAULT)
        .transport(TestTransport.current())
        .build();
  }

  static FeaturebaseClient client(StubServer stub, RecordingSleeper sleeper) {
    return client(settings(stub.baseUrl()), BuildLog.NONE, sleeper);
  }

  static FeaturebaseClient client(ClientSettings settings, BuildLog log, RecordingSleeper sleeper) {
    return FeaturebaseClient.create(settings, log, CLOCK, sleeper);
  }

  static String webhookJson(String id, String name) {
    return """
        {"object":"webhook","id":"%s","name":"%s","url":"https://example.com/hook",
         "secret":"%s","description":null,"topics":["post.created"],"status":"active",
         "requestConfig":{"timeoutMs":5000,"headers":{"X-Token":"header-value-1"}},
         "lastStatus":null,"health":null,"version":"1.0",
         "createdAt":"2026-01-02T03:04:05Z","updatedAt":"2026-01-02T03:04:05Z",
         "someFutureField":{"nested":true}}
        """
        .formatted(id, name, WEBHOOK_SECRET);
  }

  static String pageJson(String nextCursor, String... webhooks) {
    return "{\"object\":\"list\",\"data\":["
        + String.join(",", webhooks)
        + "],\"nextCursor\":"
        + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
        + "}";
  }

  static String errorJson(int status, String type, String code, String message) {
    return "{\"error\":{\"type\":\"%s\",\"code\":\"%s\",\"message\":\"%s\",\"status\":%d}}"
        .formatted(type, code, message, status);
  }

  /** Records the waits instead of sleeping. */
  static final class RecordingSleeper implements Sleeper {
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
      sleeps.add(duration);
    }

    synchronized List<Duration> sleeps() {
      return List.copyOf(sleeps);
    }
  }
}
