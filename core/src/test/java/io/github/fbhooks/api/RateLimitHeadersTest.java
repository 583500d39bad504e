package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

  @Test
  void rateLimitResetBelowTheThresholdIsSecondsToWait() {
    assertThat(ApiAssumptions.rateLimitReset(new BigDecimal("30"), NOW))
        .isEqualTo(NOW.plusSeconds(30));
    assertThat(ApiAssumptions.rateLimitReset(new BigDecimal("1000000000"), NOW))
        .isEqualTo(NOW.plusSeconds(1_000_000_000L));
    assertThat(ApiAssumptions.rateLimitReset(new BigDecimal("0.2"), NOW))
        .isEqualTo(NOW.plusSeconds(1));
  }

  @Test
  void rateLimitResetAboveTheThresholdIsAnEpoch() {
    long epoch = NOW.getEpochSecond() + 45;
    assertThat(ApiAssumptions.rateLimitReset(BigDecimal.valueOf(epoch), NOW))
        .isEqualTo(NOW.plusSeconds(45));
    assertThat(ApiAssumptions.rateLimitReset(BigDecimal.valueOf(1_000_000_001L), NOW))
        .as("an epoch in the past means now")
        .isEqualTo(NOW);
  }

  @Test
  void unreadableValuesAreIgnored() {
    assertThat(Responses.parseRateLimitReset("soon", NOW)).isEmpty();
    assertThat(Responses.parseRateLimitReset("-5", NOW)).isEmpty();
    assertThat(Responses.parseRetryAfter("tomorrow", NOW)).isEmpty();
    assertThat(Responses.parseRetryAfter(" 3 ", NOW)).contains(NOW.plusSeconds(3));
    assertThat(Responses.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", NOW))
        .as("a date in the past means now")
        .contains(NOW);
  }
}
