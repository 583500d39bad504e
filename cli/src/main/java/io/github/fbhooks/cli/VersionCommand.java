package io.github.fbhooks.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code fbhooks version}: the version of fbhooks and of the Java that runs it. */
@Command(
    mixinStandardHelpOptions = true,
    name = "version",
    description = "Print the version of fbhooks and of the Java it runs on.")
final class VersionCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    for (String line : Version.lines()) {
      root.context().out().println(line);
    }
    return ExitCode.OK;
  }
}
