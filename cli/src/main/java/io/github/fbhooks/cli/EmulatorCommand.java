package io.github.fbhooks.cli;

import io.github.fbhooks.emulator.EmulatorMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code fbhooks emulator}: runs the local Featurebase emulator in the foreground; its options are
 * the emulator's own ({@code fbhooks emulator --help}).
 */
@Command(
    name = "emulator",
    description = {
      "Run the local Featurebase emulator until stopped (Ctrl-C). Options: 'fbhooks emulator"
          + " --help'."
    })
final class EmulatorCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Unmatched List<String> arguments = new ArrayList<>();

  @Override
  public Integer call() {
    CliContext context = root.context();
    int code =
        EmulatorMain.run(
            "fbhooks emulator", arguments.toArray(String[]::new), context.out(), context.err());
    // the emulator's usage errors are 2; this command line's are 1
    return code == 0 ? ExitCode.OK : ExitCode.ERROR;
  }
}
