package io.github.fbhooks.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    root.context().out().print(AutoComplete.bash("fbhooks", spec.parent().commandLine()));
    root.context().out().flush();
    return ExitCode.OK;
  }
}
