package io.github.fbhooks.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code fbhooks}: the context the commands run in. {@link FbhooksCli} adds the commands: all of
 * them, or only the one a command line names, since building picocli's model of each costs start-up
 * time.
 */
@Command(
    name = "fbhooks",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Featurebase webhooks as code: rotate signing secrets safely, and keep webhooks.yaml and"
          + " the live webhooks in step.",
      "",
      "The API key comes from $FEATUREBASE_API_KEY, --api-key-file or --api-key-stdin; never"
          + " from an option.",
    },
    footer = {
      "",
      "Exit codes: 0 success (a plan without changes too), 1 error, 2 changes pending"
          + " (plan --detailed-exitcode), 3 drift (plan --fail-on-changes).",
      "Docs: https://github.com/fbhooks/fbhooks/blob/main/docs/cli.md"
    })
final class RootCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec CommandSpec spec;

  RootCommand(CliContext context) {
    this.context = context;
  }

  /** {@return the context the commands run in} */
  CliContext context() {
    return context;
  }

  /** Without a command: say so, and list the commands. */
  @Override
  public Integer call() {
    context.err().println("fbhooks: a command is required.");
    spec.commandLine().usage(context.err());
    return ExitCode.ERROR;
  }
}
