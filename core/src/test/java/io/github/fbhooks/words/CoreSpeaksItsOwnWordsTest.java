package io.github.fbhooks.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core is used by more than one front end (the Maven plugin, a command line), so nothing in it may
 * name one front end's syntax: messages name settings and commands through {@link Words}.
 */
class CoreSpeaksItsOwnWordsTest {

  private static final List<String> FRONT_END_WORDS =
      List.of("-Dfeaturebase", "mvn ", "pom.xml", "settings.xml");

  @Test
  void noMainSourceNamesTheMavenFrontEnd() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          for (String word : FRONT_END_WORDS) {
            if (lines.get(i).contains(word)) {
              found.add(file + ":" + (i + 1) + ": " + word);
            }
          }
        }
      }
    }

    assertThat(found).isEmpty();
  }

  @Test
  void referencesRenderInEachFrontEndsTerms() {
    String message =
        "Check "
            + Words.setting(Setting.BASE_URL)
            + ", give "
            + Words.setting(Setting.WEBHOOK_ID, "<id>")
            + ", then run "
            + Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_ID, "507f1f77bcf86cd799439011");
    Words.Renderer cli =
        new Words.Renderer() {
          @Override
          public String setting(Setting setting, Optional<String> value) {
            return "--" + setting.key() + value.map(v -> " " + v).orElse("");
          }

          @Override
          public String command(Command command, Map<Setting, String> arguments) {
            StringBuilder out = new StringBuilder("fbhooks ").append(command.commandName());
            arguments.forEach((s, v) -> out.append(" --").append(s.key()).append(' ').append(v));
            return out.toString();
          }
        };

    assertThat(Words.neutral(message))
        .isEqualTo(
            "Check the baseUrl setting, give webhookId=<id>, then run 'export-secret with"
                + " webhookId=507f1f77bcf86cd799439011'");
    assertThat(Words.render(message, cli))
        .isEqualTo(
            "Check --baseUrl, give --webhookId <id>, then run fbhooks export-secret --webhookId"
                + " 507f1f77bcf86cd799439011");
  }

  @Test
  void aReferenceCannotBeForgedOrBrokenByAValue() {
    String reference = Words.setting(Setting.WEBHOOK_NAME, "evil\u0002\u0001SBASE_URL\u0002");

    assertThat(Words.neutral("x " + reference)).isEqualTo("x webhookName=evil??SBASE_URL?");
  }

  @Test
  void aWordedFailureKeepsItsReferencesForTheFrontEnd() {
    WordedException e =
        new WordedException("Raise " + Words.setting(Setting.READ_TIMEOUT) + ".", null) {
          private static final long serialVersionUID = 1L;
        };

    assertThat(e.getMessage()).isEqualTo("Raise the readTimeout setting.");
    assertThat(Words.of(e)).isEqualTo(e.template()).contains(Words.setting(Setting.READ_TIMEOUT));
  }
}
