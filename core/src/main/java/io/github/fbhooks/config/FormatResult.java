package io.github.fbhooks.config;

import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Words;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
   * The diff lines to show for a check that failed, escaped: at most {@code max}, then one line
   * that says how many more there are.
   *
   * @param max how many diff lines to show at most
   * @return the lines
   */
  public List<String> diffLines(int max) {
    List<String> lines = new ArrayList<>();
    int left = 0;
    for (FileChange change : changes) {
      for (String line : change.diff()) {
        if (lines.size() < max) {
          lines.add(SafeText.escape(line));
        } else {
          left++;
        }
      }
    }
    if (left > 0) {
      lines.add(
          "... " + left + " more diff lines; " + Words.command(Command.FMT) + " writes all of it.");
    }
    return lines;
  }

  /** {@return the failure of a check that found files out of canonical form: which, and the fix} */
  public String notCanonicalMessage() {
    return "Not in canonical form: "
        + shown(changed())
        + ". Run "
        + Words.command(Command.FMT)
        + " to rewrite "
        + (changes.size() == 1 ? "it" : "them")
        + " (comments are kept), then commit the result.";
  }

  /** {@return the files, as messages name them} */
  public static String shown(List<Path> files) {
    return files.stream().map(Path::toString).collect(Collectors.joining(", "));
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
