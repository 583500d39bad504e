package io.github.fbhooks.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the JSON files fbhooks leaves for reviewers and pipelines (plans, reports, results). */
public final class JsonFiles {

  private JsonFiles() {}

  /**
   * Writes pretty JSON, creating parent directories. The file is replaced in one step (a temporary
   * file beside it, then a move), so a reader never sees half a file, and a symbolic link at its
   * place, which a pull request could commit under {@code target/}, is replaced rather than written
   * through.
   *
   * @param file the target file
   * @param json the content
   * @throws IOException when the file cannot be written
   */
  public static void replace(Path file, JsonNode json) throws IOException {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".fbhooks-", ".tmp");
    try {
      Files.writeString(
          temp,
          JsonMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
