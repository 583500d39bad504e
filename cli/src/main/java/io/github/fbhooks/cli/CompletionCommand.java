package io.github.fbhooks.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code fbhooks completion}: the shell completion script of every command and option, for bash and
 * zsh ({@code source <(fbhooks completion)}).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "completion",
    description = {
      "Print the completion script for bash and zsh.",
      "Use it with: source <(fbhooks completion)"
    })
final class CompletionCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    // every command, whichever FbhooksCli added for this run
    root.context()
        .out()
        .print(AutoComplete.bash("fbhooks", FbhooksCli.commandLine(root.context(), null)));
    root.context().out().flush();
    return ExitCode.OK;
  }
}
