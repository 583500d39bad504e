package io.github.fbhooks.config;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * fmt: rewrites configuration files in canonical form (see {@code docs/webhooks-file.md}), keeping
 * every comment with the key or list item it describes. Only valid files are formatted (references
 * are not resolved, so no environment is needed). Before anything is written, the canonical text is
 * read back: it must mean exactly what the file meant and hold the same comments, or the file is
 * left alone. Formatting is idempotent.
 */
public final class ConfigFormatter {

  private final Path baseDirectory;

  /** A formatter that resolves relative paths against the working directory. */
  public ConfigFormatter() {
    this(null);
  }

  /**
   * A formatter for a project directory (see {@link
   * ConfigLoader#ConfigLoader(java.util.function.Function, Path)}).
   *
   * @param baseDirectory the project directory, or null for the working directory
   */
  public ConfigFormatter(Path baseDirectory) {
    this.baseDirectory = baseDirectory;
  }

  /**
   * The canonical text of one file.
   *
   * @param file a valid configuration file
   * @return its canonical form
   * @throws ConfigException when the file is not valid
   */
  public String format(Path file) {
    ConfigReader.Result read =
        ConfigReader.read(Objects.requireNonNull(file, "file"), baseDirectory, null);
    return canonical(read.documents().get(0));
  }

  /**
   * The canonical form of configuration text that is not (yet) a file, such as an import.
   *
   * @param text a valid configuration
   * @param display how messages name it
   * @return its canonical form
   * @throws ConfigException when the text is not a valid configuration
   */
  public static String formatText(String text, Path display) {
    ConfigReader.Result read = ConfigReader.readText(Objects.requireNonNull(text, "text"), display);
    return canonical(read.documents().get(0));
  }

  /**
   * Rewrites every file that is not in canonical form.
   *
   * @param fileOrDirectory a file, or a directory of YAML files
   * @return the files, and which were rewritten
   * @throws ConfigException when the configuration is not valid (nothing is written then) or a file
   *     cannot be written
   */
  public FormatResult apply(Path fileOrDirectory) {
    return run(fileOrDirectory, true);
  }

  /**
   * Checks that every file is in canonical form; writes nothing.
   *
   * @param fileOrDirectory a file, or a directory of YAML files
   * @return the files, and which are not canonical
   * @throws ConfigException when the configuration is not valid
   */
  public FormatResult check(Path fileOrDirectory) {
    return run(fileOrDirectory, false);
  }

  private FormatResult run(Path fileOrDirectory, boolean write) {
    ConfigReader.Result read =
        ConfigReader.read(
            Objects.requireNonNull(fileOrDirectory, "fileOrDirectory"), baseDirectory, null);
    List<Path> files = new ArrayList<>();
    List<FormatResult.FileChange> changes = new ArrayList<>();
    List<Path> real = read.paths();
    for (int i = 0; i < read.documents().size(); i++) {
      ParsedDocument document = read.documents().get(i);
      Path display = document.source().display();
      files.add(display);
      String text = canonical(document);
      if (document.source().crlf()) {
        text = text.replace("\n", "\r\n");
      }
      byte[] canonical = text.getBytes(StandardCharsets.UTF_8);
      byte[] current = bytes(real.get(i), display);
      if (!Arrays.equals(canonical, current)) {
        changes.add(
            new FormatResult.FileChange(
                display, unifiedDiff(display, new String(current, StandardCharsets.UTF_8), text)));
        if (write) {
          replace(real.get(i), display, canonical);
        }
      }
    }
    return new FormatResult(files, changes);
  }

  private static String canonical(ParsedDocument document) {
    String text = CanonicalWriter.write(document);
    Path display = document.source().display();
    ConfigReader.Result before = ConfigReader.readText(document.source().text(), display);
    ConfigReader.Result after;
    try {
      after = ConfigReader.readText(text, display);
    } catch (ConfigException e) {
      throw refused(display);
    }
    boolean sameMeaning = Meaning.of(before.config()).equals(Meaning.of(after.config()));
    boolean sameComments =
        Comments.of(document).all().equals(Comments.of(after.documents().get(0)).all());
    if (!sameMeaning || !sameComments) {
      throw refused(display);
    }
    return text;
  }

  private static List<String> unifiedDiff(Path display, String current, String canonical) {
    List<String> from = lines(current);
    List<String> to = lines(canonical);
    String name = display.toString().replace('\\', '/');
    return UnifiedDiffUtils.generateUnifiedDiff(
        "a/" + name, "b/" + name, from, DiffUtils.diff(from, to), 3);
  }

  /** Lines without their ends, so a file that differs only in CRLF against LF shows no change. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // what follows the last line end is not a line
    }
    return lines;
  }

  private static ConfigException refused(Path display) {
    return ConfigException.ofFile(
        display,
        "fmt cannot rewrite this file without changing its meaning or losing a comment (a bug in"
            + " fmt: please report it with the file); it was left as it is");
  }

  private static byte[] bytes(Path file, Path display) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw ConfigException.ofFile(display, "cannot be read: " + e.getClass().getSimpleName());
    }
  }

  /** Writes beside the file, then moves over it, so a crash never leaves half a file. */
  private static void replace(Path file, Path display, byte[] content) {
    Path temp = null;
    try {
      Path dir = file.toAbsolutePath().getParent();
      temp = Files.createTempFile(dir, "." + file.getFileName(), ".fmt");
      Files.write(temp, content);
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw ConfigException.ofFile(display, "cannot be rewritten: " + e.getClass().getSimpleName());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the move succeeded or the error above says what failed
        }
      }
    }
  }
}
