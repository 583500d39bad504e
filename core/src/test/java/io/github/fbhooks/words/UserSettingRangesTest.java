package io.github.fbhooks.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.apply.Reconciler;
import io.github.fbhooks.rotate.OverlapRotation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The ranges of the numbers a user sets, as both front ends check them through core. */
class UserSettingRangesTest {

  @Test
  void timeoutsAreOneToSixHundredSeconds() {
    assertThat(ClientSettings.requireConnectTimeout(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(ClientSettings.requireReadTimeout(600)).isEqualTo(Duration.ofSeconds(600));
    assertThatThrownBy(() -> ClientSettings.requireConnectTimeout(0))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining(" is 0; use 1 to 600 (")
        .hasMessageEndingWith("=10).");
    assertThatThrownBy(() -> ClientSettings.requireReadTimeout(601))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining(" is 601; use 1 to 600 (")
        .hasMessageEndingWith("=30).");
  }

  @Test
  void parallelismIsOneToThirtyTwo() {
    assertThat(Reconciler.requireParallelism(32)).isEqualTo(32);
    assertThatThrownBy(() -> Reconciler.requireParallelism(33))
        .isInstanceOf(SettingException.class)
        .hasMessage("the parallelism setting is 33; use 1 to 32 (parallelism=4).");
  }

  @Test
  void theWebhookLimitIsOneToTenThousand() {
    assertThat(OverlapRotation.requireWebhookLimit(10_000)).isEqualTo(10_000);
    assertThatThrownBy(() -> OverlapRotation.requireWebhookLimit(0))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining(" is 0; use 1 to 10000 (")
        .hasMessageEndingWith("=10).");
  }
}
