package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No input makes the loader or fmt throw anything but {@link ConfigException}, and the exception
 * always carries one-line problems and no stack trace. A seeded random generator makes the inputs:
 * the normal build runs a bounded number ({@value #DEFAULT_TRIES} per property, a few seconds), and
 * {@code -Dfbhooks.fuzz.tries=100000 -Dfbhooks.fuzz.seed=...} runs longer or elsewhere on demand. A
 * failure names the seed and the try, so it can be replayed.
 */
class ConfigFuzzTest {

  private static final int DEFAULT_TRIES = 200;
  private static final int TRIES = Integer.getInteger("fbhooks.fuzz.tries", DEFAULT_TRIES);
  private static final long SEED = Long.getLong("fbhooks.fuzz.seed", 20261127L);

  private static final List<String> SEEDS =
      List.of(read("good/single.yaml"), read("good/multi.yaml"), read("fmt/messy.yaml"));

  private static final String YAML_CHARACTERS = ":-[]{}#&*!|>'\"%@,?\n \t${}.\\~=0123456789aenv";

  /** One property checked over {@link #TRIES} inputs from a seeded generator. */
  private interface Check {
    void run(Random random) throws IOException;
  }

  private static void forAll(String property, Check check) throws IOException {
    Random seeds = new Random(SEED ^ property.hashCode());
    for (int i = 0; i < TRIES; i++) {
      long seed = seeds.nextLong();
      try {
        check.run(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            property + " failed at try " + i + " (input seed " + seed + ")", e);
      }
    }
  }

  @Test
  void arbitraryBytesFailCleanly() throws IOException {
    forAll(
        "bytes",
        random -> {
          byte[] bytes = new byte[random.nextInt(601)];
          random.nextBytes(bytes);
          assertOnlyConfigException(bytes);
        });
  }

  @Test
  void arbitraryYamlishTextFailsCleanly() throws IOException {
    forAll(
        "yamlish",
        random ->
            assertOnlyConfigException(
                chars(random, YAML_CHARACTERS, 300).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void mutatedGoodFilesLoadOrFailCleanly() throws IOException {
    forAll(
        "mutations",
        random -> {
          String mutated = SEEDS.get(random.nextInt(SEEDS.size()));
          int times = 1 + random.nextInt(4);
          for (int i = 0; i < times; i++) {
            int from = random.nextInt(mutated.length() + 1);
            int to = Math.min(mutated.length(), from + random.nextInt(31));
            mutated =
                mutated.substring(0, from)
                    + chars(random, YAML_CHARACTERS, 8)
                    + mutated.substring(to);
          }
          assertOnlyConfigException(mutated.getBytes(StandardCharsets.UTF_8));
        });
  }

  @Test
  void fmtKeepsCommentsWhereverTheyAre() throws IOException {
    forAll(
        "comments",
        random -> {
          List<String> lines =
              new ArrayList<>(List.of(SEEDS.get(random.nextInt(SEEDS.size())).split("\n", -1)));
          int comments = random.nextInt(7);
          for (int i = 0; i < comments; i++) {
            String comment = "# c" + chars(random, "abc #:-", 6);
            int index = random.nextInt(lines.size());
            if (random.nextBoolean() && !lines.get(index).isBlank()) {
              lines.set(index, lines.get(index) + "  " + comment);
            } else {
              lines.add(index, " ".repeat(random.nextInt(13)) + comment);
            }
          }
          Path file = Files.createTempFile("fuzz", ".yaml");
          try {
            Files.writeString(file, String.join("\n", lines));
            String canonical = new ConfigFormatter().format(file);
            Files.writeString(file, canonical);
            assertThat(new ConfigFormatter().format(file)).isEqualTo(canonical);
          } finally {
            Files.delete(file);
          }
        });
  }

  @Test
  void fmtQuotesEveryStringSoThatItReadsBackTheSame() throws IOException {
    forAll(
        "strings",
        random -> {
          StringBuilder text = new StringBuilder();
          int length = random.nextInt(41);
          while (text.length() < length) {
            // mostly BMP, some astral code points, no lone surrogates (they are no text at all)
            int cp =
                random.nextInt(10) == 0
                    ? 0x10000 + random.nextInt(0x10FFFF - 0x10000)
                    : random.nextInt(0xD800);
            text.appendCodePoint(cp);
          }
          String yaml = "k: " + Scalars.string(text.toString()) + "\n";
          assertThat(JsonMappers.hardenedYaml().readTree(yaml).path("k").asText())
              .isEqualTo(text.toString());
        });
  }

  private static String chars(Random random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
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
