package io.github.fbhooks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.words.SettingException;
import org.junit.jupiter.api.Test;

class ApiKeyShapeTest {

  @Test
  void aKeyOfFeaturebasesShapePasses() {
    Secret key = Secret.of("sk_live_0123456789");

    assertThat(ApiKeyShape.require(key, "the environment variable X")).isSameAs(key);
  }

  @Test
  void anythingElseIsRefusedWithItsSourceAndWithoutItsValue() {
    assertThatThrownBy(
            () -> ApiKeyShape.require(Secret.of("whsec_hunter2"), "settings.xml server 'prod'"))
        .isInstanceOf(SettingException.class)
        .hasMessageContaining("The Featurebase API key from settings.xml server 'prod'")
        .hasMessageContaining("start with 'sk_'")
        .hasMessageNotContaining("hunter2");
  }
}
