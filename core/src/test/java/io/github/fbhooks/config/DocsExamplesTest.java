package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The webhooks files the documentation shows (docs/webhooks-file.md) are valid and canonical. */
class DocsExamplesTest {

  @TempDir Path dir;

  @Test
  void everyWebhooksFileInTheDocsIsValidAndCanonical() throws IOException {
    List<String> examples = examples(Files.readString(Path.of("../docs/webhooks-file.md")));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(2);

    for (String example : examples) {
      Path file = dir.resolve("webhooks.yaml");
      Files.writeString(file, example);
      WebhooksConfig config = new ConfigLoader(Map.of("RECEIVER_TOKEN", "t")::get).load(file);
      assertThat(config.webhookCount()).isPositive();
      assertThat(new ConfigFormatter().format(file)).as(example).isEqualTo(example);
    }
  }

  private static List<String> examples(String readme) {
    Matcher blocks = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> examples = new ArrayList<>();
    while (blocks.find()) {
      if (blocks.group(1).contains("version: 1\n")) {
        examples.add(blocks.group(1));
      }
    }
    return examples;
  }
}
