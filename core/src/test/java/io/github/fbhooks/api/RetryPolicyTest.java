package io.github.fbhooks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaults() {
    assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(4);
    assertThat(RetryPolicy.DEFAULT.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(RetryPolicy.DEFAULT.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(RetryPolicy.DEFAULT.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void ceilingDoublesUpToTheMaximum() {
    RetryPolicy policy = RetryPolicy.DEFAULT;
    assertThat(policy.backoffCeiling(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoffCeiling(5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoffCeiling(6)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoffCeiling(1000)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void fullJitterStaysWithinTheCeilingAndVaries() {
    SplittableRandom random = new SplittableRandom(42);
    long distinct =
        java.util.stream.IntStream.range(0, 200)
            .mapToObj(i -> RetryPolicy.DEFAULT.backoff(3, random))
            .peek(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(2)))
            .distinct()
            .count();
    assertThat(distinct).isGreaterThan(50);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RetryPolicy.DEFAULT.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> RetryPolicy.DEFAULT.withMaxRetryAfter(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
