package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something was declared: file, line and column (both 1-based), for messages like {@code
 * featurebase/webhooks.yaml:14:7: ...}.
 *
 * @param file the file as the user named it (relative where they gave a relative path)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(Path file, int line, int column) {

  /** Checks the file is present. */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  /** {@return {@code file:line:column}} */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
