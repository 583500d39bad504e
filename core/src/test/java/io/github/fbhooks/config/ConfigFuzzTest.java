package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * No input makes the loader or fmt throw anything but {@link ConfigException}, and the exception
 * always carries one-line problems and no stack trace. Bounded tries keep this to a few seconds.
 */
class ConfigFuzzTest {

  private static final List<String> SEEDS =
      List.of(read("good/single.yaml"), read("good/multi.yaml"), read("fmt/messy.yaml"));

  private static final String YAML_CHARACTERS = ":-[]{}#&*!|>'\"%@,?\n \t${}.\\~=0123456789aenv";

  @Property(tries = 150)
  void arbitraryBytesFailCleanly(@ForAll @Size(max = 600) byte[] bytes) {
    assertOnlyConfigException(bytes);
  }

  @Property(tries = 150)
  void arbitraryYamlishTextFailsCleanly(@ForAll("yamlish") String text) {
    assertOnlyConfigException(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 250)
  void mutatedGoodFilesLoadOrFailCleanly(@ForAll("mutations") String text) {
    assertOnlyConfigException(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void fmtKeepsCommentsWhereverTheyAre(@ForAll("commented") String text) throws IOException {
    Path file = Files.createTempFile("fuzz", ".yaml");
    try {
      Files.writeString(file, text);
      String canonical = new ConfigFormatter().format(file);
      Files.writeString(file, canonical);
      assertThat(new ConfigFormatter().format(file)).isEqualTo(canonical);
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 300)
  void fmtQuotesEveryStringSoThatItReadsBackTheSame(@ForAll @StringLength(max = 40) String text)
      throws IOException {
    String canonical = Scalars.string(text);
    String yaml = "k: " + canonical + "\n";
    // a lone surrogate is no text at all; everything else must read back as written
    if (text.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)) {
      assertThat(JsonMappers.hardenedYaml().readTree(yaml).path("k").asText()).isEqualTo(text);
    }
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings().withChars(YAML_CHARACTERS).ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> commented() {
    Arbitrary<String> comment =
        Arbitraries.strings().withChars("abc #:-").ofMaxLength(6).map(t -> "# c" + t);
    return Combinators.combine(
            Arbitraries.of(SEEDS),
            Arbitraries.integers().between(0, 200).list().ofMaxSize(6),
            Arbitraries.integers().between(0, 12),
            comment,
            Arbitraries.of(true, false))
        .as(
            (text, lines, indent, line, trailing) -> {
              List<String> out = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
              for (int at : lines) {
                int index = at % out.size();
                if (trailing && !out.get(index).isBlank()) {
                  out.set(index, out.get(index) + "  " + line);
                } else {
                  out.add(index, " ".repeat(indent) + line);
                }
              }
              return String.join("\n", out);
            });
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 30);
    Arbitrary<String> insert = Arbitraries.strings().withChars(YAML_CHARACTERS).ofMaxLength(8);
    return Combinators.combine(seed, position, length, insert, Arbitraries.integers().between(1, 4))
        .as(
            (text, at, cut, inserted, times) -> {
              String mutated = text;
              for (int i = 0; i < times; i++) {
                int from = (at * (i + 7)) % (mutated.length() + 1);
                int to = Math.min(mutated.length(), from + cut);
                mutated = mutated.substring(0, from) + inserted + mutated.substring(to);
              }
              return mutated;
            });
  }

  private static void assertOnlyConfigException(byte[] content) {
    Path file = null;
    try {
      file = Files.createTempFile("fuzz", ".yaml");
      Files.write(file, content);
      Map<String, String> environment = Corpus.ENVIRONMENT;
      try {
        new ConfigLoader(environment::get).load(file);
      } catch (ConfigException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("Exception");
        e.problems().forEach(p -> assertThat(p.toString()).doesNotContain("\n"));
        return;
      }
      // whatever loads, fmt formats: same meaning, same comments (checked inside), idempotent
      String canonical = new ConfigFormatter().format(file);
      Files.writeString(file, canonical);
      assertThat(new ConfigFormatter().format(file)).isEqualTo(canonical);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file
        }
      }
    }
  }

  private static String read(String file) {
    try {
      return Files.readString(Corpus.root().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
