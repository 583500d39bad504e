package io.github.fbhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/cli.md names every command, so a new command fails the build until it is documented. */
class CliDocsTest {

  @Test
  void everyCommandIsInTheReference() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "cli.md"));
    CommandLine commandLine = FbhooksCli.commandLine(CliHarness.context(Map.of()), null);

    for (String command : commandLine.getSubcommands().keySet()) {
      assertThat(docs).as(command).contains("| `" + command + "` |");
    }
  }
}
