package io.github.fbhooks.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The files a configuration path stands for: the file itself, or the {@code *.yaml} and {@code
 * *.yml} files directly inside a directory, by name. Each file pairs the path to read with the path
 * messages show.
 */
final class ConfigFiles {

  private ConfigFiles() {}

  /**
   * One file to read.
   *
   * @param path where it is
   * @param display how messages name it
   */
  record ConfigFile(Path path, Path display) {}

  /**
   * Lists the files.
   *
   * @param fileOrDirectory as given by the user
   * @param baseDirectory resolves a relative path and shortens messages; null for the working
   *     directory
   * @return the files, in merge order
   * @throws ConfigException when there is nothing to read
   */
  static List<ConfigFile> list(Path fileOrDirectory, Path baseDirectory) {
    Path path = baseDirectory == null ? fileOrDirectory : baseDirectory.resolve(fileOrDirectory);
    Path display = display(path, fileOrDirectory, baseDirectory);
    if (!Files.exists(path)) {
      throw ConfigException.ofFile(display, "no such file or directory");
    }
    if (!Files.isDirectory(path)) {
      return List.of(new ConfigFile(path, display));
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      throw ConfigException.ofFile(
          display, "the directory cannot be listed: " + e.getClass().getSimpleName());
    }
    if (files.isEmpty()) {
      throw ConfigException.ofFile(display, "the directory holds no *.yaml or *.yml file");
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files.stream()
        .map(f -> new ConfigFile(f, display.resolve(f.getFileName().toString())))
        .toList();
  }

  private static Path display(Path path, Path given, Path baseDirectory) {
    if (baseDirectory == null || !given.isAbsolute()) {
      return given.normalize();
    }
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(base) && !absolute.equals(base)
        ? base.relativize(absolute)
        : absolute;
  }
}
