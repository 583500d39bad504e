package io.github.fbhooks.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {

  private static final String VALUE = "whsec_0123456789abcdefghij";

  @Test
  void toStringIsRedacted() {
    Secret secret = Secret.of(VALUE);

    assertThat(secret.toString()).isEqualTo("[redacted]").doesNotContain("0123");
    assertThat(String.valueOf(Map.of("secret", secret))).doesNotContain(VALUE);
  }

  @Test
  void revealReturnsTheValue() {
    assertThat(Secret.of(VALUE).reveal()).isEqualTo(VALUE);
  }

  @Test
  void equalityIsByValue() {
    assertThat(Secret.of(VALUE)).isEqualTo(Secret.of(VALUE)).isNotEqualTo(Secret.of(VALUE + "x"));
  }

  @Test
  void fingerprintIsShortStableAndDoesNotContainTheValue() {
    String fingerprint = Secret.of(VALUE).fingerprint();

    assertThat(fingerprint).matches("sha256:[0-9a-f]{8}").isEqualTo(Secret.of(VALUE).fingerprint());
    assertThat(fingerprint).isNotEqualTo(Secret.of(VALUE + "x").fingerprint());
  }

  @Test
  void recognisesWellFormedWebhookSecrets() {
    assertThat(Secret.of(VALUE).isWellFormedWebhookSecret()).isTrue();
    assertThat(Secret.of("whsec_").isWellFormedWebhookSecret()).isFalse();
    assertThat(Secret.of("sk_live_123").isWellFormedWebhookSecret()).isFalse();
    assertThat(Secret.of("whsec_has space").isWellFormedWebhookSecret()).isFalse();
    assertThat(Secret.of("whsec_line\nbreak").isWellFormedWebhookSecret()).isFalse();
    assertThat(Secret.of("whsec_delete\u007f").isWellFormedWebhookSecret()).isFalse();
    assertThat(Secret.of("whsec_~").isWellFormedWebhookSecret()).isTrue();
  }

  @Test
  void onlyEmptyOrWhiteSpaceIsBlank() {
    assertThat(Secret.of("  ").isBlank()).isTrue();
    assertThat(Secret.of("").isBlank()).isTrue();
    assertThat(Secret.of(VALUE).isBlank()).isFalse();
  }
}
