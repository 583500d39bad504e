package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigFormatterTest {

  @TempDir Path dir;

  private final ConfigFormatter formatter = new ConfigFormatter(Corpus.root());

  static Stream<Path> validFiles() {
    return Stream.of(Corpus.files("good"), Corpus.files("good/split"), Corpus.files("fmt"))
        .flatMap(List::stream);
  }

  @Test
  void writesTheDocumentedExampleInCanonicalForm() throws IOException {
    assertThat(formatter.format(Path.of("good/single.yaml")))
        .isEqualTo(read("fmt/single.canonical.yaml"));
  }

  @Test
  void ordersKeysAndListsRequotesAndKeepsEveryComment() throws IOException {
    assertThat(formatter.format(Path.of("fmt/messy.yaml")))
        .isEqualTo(read("fmt/messy.canonical.yaml"));
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void theCanonicalFormMeansTheSameAndIsStable(Path file) throws IOException {
    String canonical = formatter.format(file);
    Path copy = dir.resolve("copy.yaml");
    Files.writeString(copy, canonical);

    ConfigReader.Result original = ConfigReader.read(file, Corpus.root(), null);
    ConfigReader.Result formatted = ConfigReader.read(copy, null, null);
    assertThat(Meaning.of(formatted.config())).isEqualTo(Meaning.of(original.config()));
    assertThat(Comments.of(formatted.documents().get(0)).all())
        .isEqualTo(Comments.of(original.documents().get(0)).all());
    assertThat(new ConfigFormatter().format(copy)).isEqualTo(canonical);
    assertThat(new ConfigFormatter().check(copy).isCanonical()).isTrue();
  }

  @Test
  void applyRewritesOnlyWhatIsNotCanonical() throws IOException {
    Path dirty = dir.resolve("a.yaml");
    Path clean = dir.resolve("b.yaml");
    Files.writeString(
        dirty, "version: 1\nwebhooks:\n- {name: A, url: 'https://a.example/', topics: [post.*]}\n");
    Files.writeString(
        clean,
        "version: 1\nwebhooks:\n  - name: B\n    url: https://b.example/\n    topics:\n      - \"ticket.*\"\n");
    long cleanModified = Files.getLastModifiedTime(clean).toMillis();

    FormatResult checked = new ConfigFormatter(dir).check(Path.of("."));
    assertThat(checked.files()).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"));
    assertThat(checked.changed()).containsExactly(Path.of("a.yaml"));
    assertThat(checked.isCanonical()).isFalse();
    assertThat(Files.readString(dirty)).startsWith("version: 1\nwebhooks:\n- {");

    FormatResult applied = new ConfigFormatter(dir).apply(Path.of("."));
    assertThat(applied.changed()).containsExactly(Path.of("a.yaml"));
    assertThat(Files.readString(dirty))
        .isEqualTo(
            "version: 1\nwebhooks:\n  - name: A\n    url: https://a.example/\n    topics:\n      - \"post.*\"\n");
    assertThat(Files.getLastModifiedTime(clean).toMillis()).isEqualTo(cleanModified);
    assertThat(new ConfigFormatter(dir).check(Path.of(".")).isCanonical()).isTrue();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).hasSize(2); // no temporary file left behind
    }
  }

  @Test
  void checkShowsWhatCanonicalFormChangesAsAUnifiedDiff() throws IOException {
    Files.writeString(
        dir.resolve("a.yaml"),
        "version: 1\nwebhooks:\n  - name: A\n    topics: [post.created]\n    url: https://a.example/\n");

    FormatResult checked = new ConfigFormatter(dir).check(Path.of("a.yaml"));

    assertThat(checked.changes())
        .singleElement()
        .satisfies(
            change ->
                assertThat(change.diff())
                    .containsExactly(
                        "--- a/a.yaml",
                        "+++ b/a.yaml",
                        "@@ -1,5 +1,6 @@",
                        " version: 1",
                        " webhooks:",
                        "   - name: A",
                        "-    topics: [post.created]",
                        "     url: https://a.example/",
                        "+    topics:",
                        "+      - post.created"));
  }

  @Test
  void checkOfAFileThatDiffersOnlyInItsLineEndsShowsNoChange() throws IOException {
    Path file = dir.resolve("w.yaml");
    Files.writeString(
        file,
        "version: 1\r\nwebhooks:\r\n  - name: A\r\n    url: https://a.example/\r\n    topics:\r\n      - post.created\r\n");

    assertThat(new ConfigFormatter().check(file).isCanonical()).isTrue();
  }

  @Test
  void keepsCrlfLineBreaksAndDropsAByteOrderMark() throws IOException {
    Path file = dir.resolve("w.yaml");
    String canonical =
        "version: 1\r\nwebhooks:\r\n  - name: A\r\n    url: https://a.example/\r\n    topics:\r\n      - post.created\r\n";
    Files.write(file, ("\uFEFF" + canonical).getBytes(StandardCharsets.UTF_8));

    assertThat(new ConfigFormatter().apply(file).changed()).containsExactly(file);
    assertThat(Files.readString(file)).isEqualTo(canonical);
    assertThat(new ConfigFormatter().check(file).isCanonical()).isTrue();
  }

  @Test
  void refusesAnInvalidFileAndLeavesItAlone() throws IOException {
    Path file = dir.resolve("w.yaml");
    String invalid =
        "version: 1\nwebhooks:\n- {name: A, url: 'https://a.example/', topics: [post.upvoted]}\n";
    Files.writeString(file, invalid);

    assertThatThrownBy(() -> new ConfigFormatter().apply(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown topic \"post.upvoted\" (did you mean \"post.voted\"?)");
    assertThat(Files.readString(file)).isEqualTo(invalid);
  }

  @Test
  void quotesOnlyWhatYamlWouldReadAsSomethingElse() {
    assertThat(Scalars.string("Production Webhook")).isEqualTo("Production Webhook");
    assertThat(Scalars.string("https://example.com/a?b=1&c=2"))
        .isEqualTo("https://example.com/a?b=1&c=2");
    assertThat(Scalars.string("507f1f77bcf86cd799439011")).isEqualTo("507f1f77bcf86cd799439011");
    assertThat(Scalars.string("yes")).isEqualTo("\"yes\"");
    assertThat(Scalars.string("1")).isEqualTo("\"1\"");
    assertThat(Scalars.string("null")).isEqualTo("\"null\"");
    assertThat(Scalars.string("")).isEqualTo("\"\"");
    assertThat(Scalars.string("post.*")).isEqualTo("\"post.*\"");
    assertThat(Scalars.string("a: b")).isEqualTo("\"a: b\"");
    assertThat(Scalars.string("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
    assertThat(Scalars.string("caf\u00e9")).isEqualTo("\"caf\u00e9\"");
  }

  private static String read(String file) throws IOException {
    return Files.readString(Corpus.root().resolve(file));
  }
}
