package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.NOW;
import static io.github.fbhooks.api.Fixtures.errorJson;
import static io.github.fbhooks.api.Fixtures.pageJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.log.RecordingLog;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client paces itself by the budget each answer announces, and says when it waits. */
class PacingTest {

  private final StubServer stub = StubServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final RecordingLog log = new RecordingLog(false);
  private final FeaturebaseClient client =
      Fixtures.client(Fixtures.settings(stub.baseUrl()), log, sleeper);

  @AfterEach
  void stop() {
    stub.close();
  }

  private static Reply page(int remaining, long resetEpochSeconds) {
    return Reply.json(200, pageJson(null))
        .withHeader("X-RateLimit-Limit", "2000")
        .withHeader("X-RateLimit-Remaining", Integer.toString(remaining))
        .withHeader("X-RateLimit-Reset", Long.toString(resetEpochSeconds));
  }

  @Test
  void aSpentBudgetWaitsForTheWindowInsteadOfDrawingA429() {
    stub.enqueue(page(0, NOW.getEpochSecond() + 42), page(1999, NOW.getEpochSecond() + 60));
    client.reportProgress(() -> "312 of 1,000 changes done");

    client.list(null, null, null);
    client.list(null, null, null);

    assertThat(stub.requests()).hasSize(2);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(42));
    assertThat(log.text())
        .contains(
            "[INFO] Waiting 42 s for the rate-limit window of "
                + stub.baseUrl()
                + " (the API key's budget for this window is spent), 312 of 1,000 changes"
                + " done.");
  }

  @Test
  void requestsLeftInTheWindowGoAtOnce() {
    stub.enqueue(
        page(2, NOW.getEpochSecond() + 30),
        page(1, NOW.getEpochSecond() + 30),
        page(0, NOW.getEpochSecond() + 30),
        page(1999, NOW.getEpochSecond() + 90));

    client.list(null, null, null);
    client.list(null, null, null);
    client.list(null, null, null);
    assertThat(sleeper.sleeps()).isEmpty();

    client.list(null, null, null); // the fourth: the budget is spent
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void aWindowThatEndsBeyondTheLongestAcceptedWaitIsNotWaitedFor() {
    stub.enqueue(page(0, NOW.getEpochSecond() + 3600), page(5, NOW.getEpochSecond() + 3600));

    client.list(null, null, null);
    client.list(null, null, null);

    assertThat(stub.requests()).hasSize(2);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void withoutBudgetHeadersNothingWaitsAndNothingIsSaid() {
    stub.enqueue(
        Reply.json(200, pageJson(null)).withHeader("X-RateLimit-Remaining", "0"),
        Reply.json(200, pageJson(null)));

    client.list(null, null, null);
    client.list(null, null, null);

    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(log.text()).doesNotContain("Waiting");
  }

  @Test
  void a429WaitIsAnnouncedWithTheProgressToo() {
    stub.enqueue(
        Reply.json(429, errorJson(429, "rate_limit_error", "rate_limit_exceeded", "Too many"))
            .withHeader("Retry-After", "7"),
        Reply.json(200, pageJson(null)));
    client.reportProgress(() -> "3 of 10 changes done");

    client.list(null, null, null);

    assertThat(log.text())
        .contains(
            "[INFO] Waiting 7 s for the rate-limit window of "
                + stub.baseUrl()
                + " (Featurebase answered 429 Too Many Requests), 3 of 10 changes done.");
  }

  @Test
  void aShortWaitPassesSilently() {
    stub.enqueue(
        Reply.json(429, errorJson(429, "rate_limit_error", "rate_limit_exceeded", "Too many"))
            .withHeader("Retry-After", "0"),
        Reply.json(200, pageJson(null)));

    client.list(null, null, null);

    assertThat(log.text()).doesNotContain("Waiting");
  }
}
