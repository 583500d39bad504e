package io.github.fbhooks.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The test corpus under {@code src/test/resources/config}: good files and one bad file per rule.
 */
final class Corpus {

  /** The environment the corpus files expect. */
  static final Map<String, String> ENVIRONMENT =
      Map.of(
          "RECEIVER_TOKEN", "receiver-token-value-42",
          "SUPPORT_TOKEN", "support-token-value-43",
          "LONG_VALUE", "x".repeat(1100));

  private Corpus() {}

  /** {@return the corpus directory: relative paths under it are how messages name the files} */
  static Path root() {
    try {
      return Path.of(Corpus.class.getResource("/config/good/single.yaml").toURI())
          .getParent()
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return a loader for the corpus, with its environment} */
  static ConfigLoader loader() {
    return new ConfigLoader(ENVIRONMENT::get, root());
  }

  /** {@return a loader with another environment} */
  static ConfigLoader loader(Function<String, String> environment) {
    return new ConfigLoader(environment, root());
  }

  /** {@return the files of a corpus folder, relative to the corpus root, by name} */
  static List<Path> files(String folder) {
    try (Stream<Path> files = Files.list(root().resolve(folder))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .map(f -> root().relativize(f))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the problems a bad file declares in its {@code # expect:} lines, as one-liners} */
  static List<String> expectations(Path file) {
    try {
      return Files.readAllLines(root().resolve(file)).stream()
          .filter(line -> line.startsWith("# expect: "))
          .map(line -> file + ":" + line.substring("# expect: ".length()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
