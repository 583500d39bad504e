package io.github.fbhooks.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.rotate.RotationStrategy;
import org.junit.jupiter.api.Test;

class SettingExceptionTest {

  @Test
  void aCountOutOfItsRangeNamesTheSettingTheRangeAndTheDefault() {
    assertThat(SettingException.requireWithin(Setting.PARALLELISM, 1, 32, 4)).isEqualTo(1);
    assertThat(SettingException.requireWithin(Setting.PARALLELISM, 32, 32, 4)).isEqualTo(32);
    assertThatThrownBy(() -> SettingException.requireWithin(Setting.PARALLELISM, 0, 32, 4))
        .isInstanceOf(SettingException.class)
        .hasMessage("the parallelism setting is 0; use 1 to 32 (parallelism=4).");
    assertThatThrownBy(() -> SettingException.requireWithin(Setting.PARALLELISM, 33, 32, 4))
        .isInstanceOf(SettingException.class);
  }

  @Test
  void aRotationStrategyIsImmediateOrOverlapInAnyCase() {
    assertThat(RotationStrategy.parse(null)).isEqualTo(RotationStrategy.IMMEDIATE);
    assertThat(RotationStrategy.parse(" Overlap ")).isEqualTo(RotationStrategy.OVERLAP);
    assertThat(RotationStrategy.parse("IMMEDIATE")).isEqualTo(RotationStrategy.IMMEDIATE);
    assertThat(RotationStrategy.OVERLAP.id()).isEqualTo("overlap");
    assertThatThrownBy(() -> RotationStrategy.parse("gradual\u001b[31m"))
        .isInstanceOf(SettingException.class)
        .hasMessageStartingWith("the rotationStrategy setting \"gradual")
        .hasMessageNotContaining("\u001b")
        .hasMessageContaining("rotationStrategy=overlap");
  }
}
