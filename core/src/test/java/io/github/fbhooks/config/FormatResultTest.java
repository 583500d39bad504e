package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatResultTest {

  @Test
  void formatCheckShowsAtMostSoManyDiffLinesThenHowManyMore() {
    List<String> diff = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      diff.add("+line " + i + "\u001b[2J");
    }
    FormatResult result =
        new FormatResult(
            List.of(Path.of("a.yaml")),
            List.of(new FormatResult.FileChange(Path.of("a.yaml"), diff)));

    List<String> lines = result.diffLines(3);

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("+line 0").doesNotContain("\u001b");
    assertThat(io.github.fbhooks.words.Words.neutral(lines.get(3)))
        .isEqualTo("... 2 more diff lines; 'fmt' writes all of it.");
    assertThat(result.diffLines(5)).hasSize(5);
    assertThat(io.github.fbhooks.words.Words.neutral(result.notCanonicalMessage()))
        .isEqualTo(
            "Not in canonical form: a.yaml. Run 'fmt' to rewrite it (comments are kept), then"
                + " commit the result.");
  }
}
