package io.github.fbhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.api.SelectorThreads;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandTreeTest {

  @Test
  void theClientIsWarmedUpForExactlyTheCommandsThatCallFeaturebase() {
    Set<String> apiCommands =
        FbhooksCli.commandLine(CliHarness.context(Map.of()), null)
            .getSubcommands()
            .entrySet()
            .stream()
            .filter(e -> e.getValue().getCommand() instanceof ApiCommand)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());

    assertThat(FbhooksCli.CALLS_FEATUREBASE).isEqualTo(apiCommands);
  }

  @Test
  void aRunLetsTheJvmExitWithoutWaitingForIdleHttpThreads() {
    FbhooksCli.run(new String[] {"version"}, CliHarness.context(Map.of()));

    assertThat(SelectorThreads.stopsRegisteredAtExit()).isTrue();
  }

  @Test
  void aCommandLineThatNamesACommandBuildsOnlyThatOne() {
    CommandLine tree = FbhooksCli.commandLine(CliHarness.context(Map.of()), "plan");
    assertThat(tree.getSubcommands()).containsOnlyKeys("plan");

    CommandLine mistyped = FbhooksCli.commandLine(CliHarness.context(Map.of()), "plna");
    assertThat(mistyped.getSubcommands()).hasSize(11).containsKey("plan");
  }
}
