package io.github.fbhooks.output;

import io.github.fbhooks.words.WordedException;

/** A result file could not be written or removed: the environment's failure (disk, permissions). */
public final class ResultFileException extends WordedException {

  private static final long serialVersionUID = 1L;

  /**
   * @param template the message, naming the file and what to check
   * @param cause the I/O failure
   */
  public ResultFileException(String template, Throwable cause) {
    super(template, cause);
  }
}
