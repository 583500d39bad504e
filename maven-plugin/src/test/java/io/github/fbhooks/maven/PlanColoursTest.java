package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fusesource.jansi.Ansi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanColoursTest {

  private final boolean before = Ansi.isEnabled();

  @AfterEach
  void restore() {
    Ansi.setEnabled(before);
  }

  @Test
  void colourFollowsMavenAndNoColorTurnsItOff() {
    Ansi.setEnabled(true);
    assertThat(PlanColours.enabled(name -> null)).isTrue();
    assertThat(PlanColours.enabled(Map.of("NO_COLOR", "1")::get)).isFalse();
    assertThat(PlanColours.enabled(Map.of("NO_COLOR", "")::get)).isTrue();

    Ansi.setEnabled(false); // what Maven does for -B and --color never
    assertThat(PlanColours.enabled(name -> null)).isFalse();
  }
}
