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

  @Test
  void eachKindOfChangeHasItsColourAndOtherLinesStayPlain() {
    assertThat(PlanColours.line("  + create 'A'", true))
        .isEqualTo("\u001B[32m  + create 'A'\u001B[0m");
    assertThat(PlanColours.line("  ~ update 'A' (x)", true))
        .isEqualTo("\u001B[33m  ~ update 'A' (x)\u001B[0m");
    assertThat(PlanColours.line("  - delete 'A' (x)", true))
        .isEqualTo("\u001B[31m  - delete 'A' (x)\u001B[0m");
    assertThat(PlanColours.line("      url: a -> b", true)).isEqualTo("      url: a -> b");
    assertThat(PlanColours.line("Plan: 1 to create, 0 to update, 0 to delete.", true))
        .doesNotContain("\u001B");
    assertThat(PlanColours.line("  + create 'A'", false)).isEqualTo("  + create 'A'");
  }
}
