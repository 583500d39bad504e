package io.github.fbhooks.output;

import io.github.fbhooks.log.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a command writes for people and later steps: {@code plan.json}, {@code apply-result.json},
 * a validation report, an imported configuration. Its failures say which file and what to check, in
 * one paragraph.
 *
 * @param path the file
 * @param shown the file as messages name it
 */
public record ResultFile(Path path, String shown) {

  /** Writes a file; the {@link ResultFile} reports its failure. */
  @FunctionalInterface
  public interface Writer {
    /**
     * @param file the file to write
     * @throws IOException when it cannot be written
     */
    void write(Path file) throws IOException;
  }

  /**
   * Writes the file.
   *
   * @param writer what writes it
   * @throws ResultFileException when it cannot be written
   */
  public void write(Writer writer) {
    try {
      writer.write(path);
    } catch (IOException e) {
      throw new ResultFileException(
          "Could not write "
              + shown
              + " ("
              + e.getClass().getSimpleName()
              + "). Check that the directory is writable, or choose another file.",
          e);
    }
  }

  /**
   * Writes the file where a failure must not hide what was done: it is a warning that says where
   * the output is instead.
   *
   * @param writer what writes it
   * @param log where the warning goes
   * @return whether it was written
   */
  public boolean writeOrWarn(Writer writer, BuildLog log) {
    try {
      writer.write(path);
      return true;
    } catch (IOException e) {
      log.warn(
          "Could not write "
              + shown
              + " ("
              + e.getClass().getSimpleName()
              + "); the lines above say what was done.");
      return false;
    }
  }

  /**
   * Removes an earlier run's file, which this run replaces, so that it cannot pass for this run's
   * if this run fails before writing its own.
   *
   * @throws ResultFileException when it cannot be removed; nothing else was done yet
   */
  public void removeEarlier() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new ResultFileException(
          "Could not remove the earlier "
              + shown
              + " ("
              + e.getClass().getSimpleName()
              + "), which this run replaces; nothing was changed. Check that the directory is"
              + " writable.",
          e);
    }
  }
}
