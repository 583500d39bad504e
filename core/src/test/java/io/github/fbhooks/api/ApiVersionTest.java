package io.github.fbhooks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

  @Test
  void constantsInitialiseAndOnlyNovaAndLaterHaveWebhooks() {
    assertThat(ApiVersion.DEFAULT).isEqualTo(ApiVersion.NOVA);
    assertThat(ApiVersion.CLOVER.supportsWebhooks()).isFalse();
    assertThat(ApiVersion.NOVA.supportsWebhooks()).isTrue();
    assertThat(ApiVersion.ORBIT.supportsWebhooks()).isTrue();
  }

  @Test
  void refusesOtherForms() {
    assertThatThrownBy(() -> ApiVersion.parse("nova"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<date>.<name>");
  }
}
