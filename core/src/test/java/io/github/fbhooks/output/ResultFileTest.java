package io.github.fbhooks.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.log.RecordingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    RecordingLog log = new RecordingLog(false);
    ResultFile file = new ResultFile(dir.resolve("apply-result.json"), "apply-result.json");

    boolean written = file.writeOrWarn(f -> Files.writeString(dir, "x"), log);

    assertThat(written).isFalse();
    assertThat(log.warnings())
        .containsExactly(
            "Could not write apply-result.json (FileSystemException); the lines above say what"
                + " was done.");
    assertThat(file.writeOrWarn(f -> Files.writeString(f, "x"), log)).isTrue();
    assertThat(log.warnings()).hasSize(1);
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
    RecordingLog log = new RecordingLog(false);
    Path summary = dir.resolve("summary.md");

    StepSummary.appendIfSet(null, "ignored\n", "the plan", log);
    StepSummary.appendIfSet(summary.toString(), "one\n", "the plan", log);
    StepSummary.appendIfSet(summary.toString(), "two\n", "the plan", log);
    StepSummary.appendIfSet(dir.toString(), "x\n", "the plan", log);

    assertThat(Files.readString(summary)).isEqualTo("one\ntwo\n");
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .startsWith("Could not add the plan to GITHUB_STEP_SUMMARY (");
  }
}
