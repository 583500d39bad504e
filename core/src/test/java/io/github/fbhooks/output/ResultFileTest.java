package io.github.fbhooks.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFileTest {

  @TempDir Path dir;

  @Test
  void aFileThatCannotBeWrittenIsNamedWithWhatToCheck() {
    ResultFile file = new ResultFile(dir.resolve("plan.json"), "target/plan.json");

    assertThatThrownBy(() -> file.write(f -> Files.writeString(dir, "not a file")))
        .isInstanceOf(ResultFileException.class)
        .hasMessage(
            "Could not write target/plan.json (FileSystemException). Check that the directory is"
                + " writable, or choose another file.")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void writesThroughItsWriter() throws IOException {
    ResultFile file = new ResultFile(dir.resolve("r.json"), "r.json");

    file.write(f -> Files.writeString(f, "{}"));

    assertThat(Files.readString(dir.resolve("r.json"))).isEqualTo("{}");
  }

  @Test
  void whereTheWorkIsDoneAFailureIsOnlyAWarning() {
    List<String> warnings = new ArrayList<>();
    ResultFile file = new ResultFile(dir.resolve("apply-result.json"), "apply-result.json");

    boolean written = file.writeOrWarn(f -> Files.writeString(dir, "x"), log(warnings));

    assertThat(written).isFalse();
    assertThat(warnings)
        .containsExactly(
            "Could not write apply-result.json (FileSystemException); the lines above say what"
                + " was done.");
    assertThat(file.writeOrWarn(f -> Files.writeString(f, "x"), log(warnings))).isTrue();
    assertThat(warnings).hasSize(1);
  }

  @Test
  void anEarlierRunsFileIsRemovedAndOneThatCannotBeIsAFailure() throws IOException {
    Path earlier = Files.writeString(dir.resolve("apply-result.json"), "old");
    new ResultFile(earlier, "apply-result.json").removeEarlier();
    assertThat(earlier).doesNotExist();
    new ResultFile(earlier, "apply-result.json").removeEarlier(); // nothing there: fine

    Path directory = Files.createDirectories(dir.resolve("full"));
    Files.writeString(directory.resolve("x"), "x");
    assertThatThrownBy(() -> new ResultFile(directory, "full").removeEarlier())
        .isInstanceOf(ResultFileException.class)
        .hasMessageStartingWith("Could not remove the earlier full (")
        .hasMessageContaining("nothing was changed");
  }

  @Test
  void theStepSummaryIsAppendedToWhereOneIsSetAndAFailureWarns() throws IOException {
    List<String> warnings = new ArrayList<>();
    Path summary = dir.resolve("summary.md");

    StepSummary.appendIfSet(null, "ignored\n", "the plan", log(warnings));
    StepSummary.appendIfSet(summary.toString(), "one\n", "the plan", log(warnings));
    StepSummary.appendIfSet(summary.toString(), "two\n", "the plan", log(warnings));
    StepSummary.appendIfSet(dir.toString(), "x\n", "the plan", log(warnings));

    assertThat(Files.readString(summary)).isEqualTo("one\ntwo\n");
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("Could not add the plan to GITHUB_STEP_SUMMARY (");
  }

  private static BuildLog log(List<String> warnings) {
    return new BuildLog() {
      @Override
      public boolean isDebugEnabled() {
        return false;
      }

      @Override
      public void debug(Supplier<String> message) {}

      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {
        warnings.add(message);
      }
    };
  }
}
