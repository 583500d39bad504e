package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.List;

/**
 * What fmt found or did.
 *
 * @param files every file looked at, as messages name them
 * @param changed the files that were not in canonical form (rewritten, unless checking)
 */
public record FormatResult(List<Path> files, List<Path> changed) {

  /** Copies the lists. */
  public FormatResult {
    files = List.copyOf(files);
    changed = List.copyOf(changed);
  }

  /** {@return whether every file was already canonical} */
  public boolean isCanonical() {
    return changed.isEmpty();
  }
}
