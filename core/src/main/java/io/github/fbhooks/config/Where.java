package io.github.fbhooks.config;

/** How a message points at an earlier declaration: as briefly as is unambiguous. */
final class Where {

  private Where() {}

  /**
   * Names an earlier location relative to the one being reported.
   *
   * @param earlier the earlier declaration
   * @param here the location of the problem
   * @return "column C" on the same line, "line L" in the same file, else the full location
   */
  static String earlier(SourceLocation earlier, SourceLocation here) {
    if (!earlier.file().equals(here.file())) {
      return earlier.toString();
    }
    return earlier.line() == here.line() ? "column " + earlier.column() : "line " + earlier.line();
  }
}
