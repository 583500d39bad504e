package io.github.fbhooks.importing;

import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.SettingException;
import io.github.fbhooks.words.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file import writes: never one that exists, never through a symbolic link (it could point
 * anywhere).
 */
public final class ImportFile {

  private ImportFile() {}

  /**
   * Refuses a target that is a symbolic link or exists, before anything is read from the API.
   *
   * @param target the file to write
   * @param shown the file as messages name it
   * @throws SettingException naming the file and the fix
   */
  public static void refuseExisting(Path target, String shown) {
    if (Files.isSymbolicLink(target)) {
      throw new SettingException(
          shown
              + " is a symbolic link; import never writes through one (it could point anywhere)."
              + " Remove the link, or choose another file with "
              + Words.setting(Setting.IMPORT_FILE, "<file>")
              + ".");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new SettingException(
          shown
              + " exists already; import never overwrites a file. Delete it, or choose another"
              + " file with "
              + Words.setting(Setting.IMPORT_FILE, "<file>")
              + ".");
    }
  }

  /**
   * Writes the imported configuration, creating the directory; fails on anything already there, a
   * link that appeared since {@link #refuseExisting} included.
   *
   * @param target the file to write
   * @param yaml the configuration
   * @throws IOException when it cannot be written
   */
  public static void write(Path target, String yaml) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(
        target,
        yaml.getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
  }
}
