package io.github.fbhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every setting and command a core message can name exists on this command line. */
class CliWordsTest {

  private static final Set<Setting> NOT_OPTIONS =
      Set.of(Setting.PROXY, Setting.TUNNELING_SCHEMES, Setting.SECRET_PROPERTY);

  @Test
  void everySettingIsRenderedAsAnOptionSomeCommandHas() {
    Set<String> options = new HashSet<>();
    CommandLine root = commandLine();
    root.getSubcommands()
        .values()
        .forEach(
            c ->
                c.getCommandSpec().options().stream()
                    .map(OptionSpec::longestName)
                    .forEach(options::add));

    for (Setting setting : Setting.values()) {
      if (!NOT_OPTIONS.contains(setting)) {
        assertThat(options).as(setting.name()).contains(CliWords.option(setting));
      }
    }
  }

  @Test
  void everyCommandACoreMessageNamesIsACommand() {
    Set<String> commands = commandLine().getSubcommands().keySet();
    for (Command command : Command.values()) {
      assertThat(commands).contains(command.commandName());
    }
  }

  @Test
  void referencesRenderAsOptionsAndCommands() {
    assertThat(CliWords.render("Check " + Words.setting(Setting.WEBHOOK_ID, "abc") + "."))
        .isEqualTo("Check --webhook-id=abc.");
    assertThat(
            CliWords.render(
                "Run " + Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_NAME, "Orders")))
        .isEqualTo("Run 'fbhooks export-secret --webhook-name=Orders'");
    assertThat(CliWords.render(Words.setting(Setting.SERVER_ID, "ops")))
        .isEqualTo("--server-id=ops (its key comes from FEATUREBASE_API_KEY_OPS)");
  }

  private static CommandLine commandLine() {
    return FbhooksCli.commandLine(CliHarness.context(Map.of()), null);
  }
}
