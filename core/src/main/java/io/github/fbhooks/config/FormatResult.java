package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What fmt found or did.
 *
 * @param files every file looked at, as messages name them
 * @param changes the files that were not in canonical form (rewritten, unless checking), in order
 */
public record FormatResult(List<Path> files, List<FileChange> changes) {

  /** Copies the lists. */
  public FormatResult {
    files = List.copyOf(files);
    changes = List.copyOf(changes);
  }

  /** {@return the files that were not in canonical form} */
  public List<Path> changed() {
    return changes.stream().map(FileChange::file).toList();
  }

  /** {@return whether every file was already canonical} */
  public boolean isCanonical() {
    return changes.isEmpty();
  }

  /**
   * One file that was not in canonical form.
   *
   * @param file the file, as messages name it
   * @param diff the unified diff from the file to its canonical form, one line per element (headers
   *     {@code --- a/<file>} and {@code +++ b/<file>}, then hunks with three lines of context)
   */
  public record FileChange(Path file, List<String> diff) {

    /** Checks both parts are present; copies the list. */
    public FileChange {
      Objects.requireNonNull(file, "file");
      diff = List.copyOf(diff);
    }
  }
}
