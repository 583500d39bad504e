package io.github.fbhooks.output;

import io.github.fbhooks.log.BuildLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The GitHub Actions step summary: the Markdown file {@code GITHUB_STEP_SUMMARY} names, which the
 * job's summary page shows. Front ends add a plan or a rotation to it; it only repeats the log, so
 * a failure to add is theirs to report as a warning.
 */
public final class StepSummary {

  /** The environment variable that names the file. */
  public static final String VARIABLE = "GITHUB_STEP_SUMMARY";

  private StepSummary() {}

  private static void append(Path file, String markdown) throws IOException {
    Files.writeString(
        file,
        markdown,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /**
   * Appends Markdown to the summary where there is one; a failure is a warning, since the summary
   * only repeats the log.
   *
   * @param file the value of {@value #VARIABLE}, or null when it is unset
   * @param markdown escaped Markdown, ending in a newline
   * @param what what is added, for the warning, e.g. {@code the plan}
   * @param log where the warning goes
   */
  public static void appendIfSet(String file, String markdown, String what, BuildLog log) {
    if (file == null || file.isBlank()) {
      return;
    }
    try {
      append(Path.of(file), markdown);
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Could not add " + what + " to " + VARIABLE + " (" + e.getClass().getSimpleName() + ").");
    }
  }
}
