package io.github.fbhooks.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

  @Test
  void webhooksExistFromNovaOn() {
    assertThat(ApiVersion.CLOVER.supportsWebhooks()).isFalse();
    assertThat(ApiVersion.NOVA.supportsWebhooks()).isTrue();
    assertThat(ApiVersion.ORBIT.supportsWebhooks()).isTrue();
    assertThat(ApiVersion.parse("2025-12-31.late").supportsWebhooks()).isFalse();
    assertThat(ApiVersion.DEFAULT).isEqualTo(ApiVersion.NOVA);
  }

  @Test
  void refusesMalformedValues() {
    assertThatThrownBy(() -> ApiVersion.parse("nova"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-01-01.nova");
    assertThatThrownBy(() -> ApiVersion.parse("2026-13-01.nova"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid date");
  }
}
