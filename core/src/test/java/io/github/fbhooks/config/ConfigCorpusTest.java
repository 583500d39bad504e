package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every good file loads; every bad file fails with exactly the problems its {@code # expect:} lines
 * name: file, line, column, path and message.
 */
class ConfigCorpusTest {

  static Stream<Path> goodFiles() {
    return Stream.concat(Corpus.files("good").stream(), Stream.of(Path.of("good/split")));
  }

  static Stream<Path> badFiles() {
    return Corpus.files("bad").stream();
  }

  @ParameterizedTest
  @MethodSource("goodFiles")
  void goodFilesLoad(Path file) {
    WebhooksConfig config = Corpus.loader().load(file);

    assertThat(config.workspaces()).isNotEmpty();
    assertThat(config.webhookCount()).isPositive();
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badFilesReportExactlyTheirProblems(Path file) {
    List<String> expected = Corpus.expectations(file);
    assertThat(expected).as("# expect: lines in " + file).isNotEmpty();

    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> Corpus.loader().load(file));

    assertThat(e).as(file + " must fail").isNotNull();
    assertThat(e.problems()).map(ConfigProblem::toString).containsExactlyElementsOf(expected);
    assertThat(e.getMessage())
        .startsWith(
            expected.size()
                + (expected.size() == 1 ? " problem in " : " problems in ")
                + file
                + ":\n")
        .endsWith(String.join("\n", expected))
        .doesNotContain("\tat ");
  }
}
