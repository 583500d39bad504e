package io.github.fbhooks.cli;

import io.github.fbhooks.text.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code fbhooks} command line: {@code fbhooks <command> [options]}. Exit codes are in {@link
 * ExitCode}.
 */
public final class FbhooksCli {

  private FbhooksCli() {}

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code = run(args, CliContext.system());
    System.out.flush();
    System.exit(code);
  }

  /**
   * Runs a command in a context, for {@link #main} and tests.
   *
   * @param args the command line
   * @param context the environment, directory and streams
   * @return the exit code
   */
  public static int run(String[] args, CliContext context) {
    CommandLine commandLine = new CommandLine(new RootCommand(context));
    commandLine.setOut(new PrintWriter(context.out(), true));
    commandLine.setErr(new PrintWriter(context.err(), true));
    // an @file would read arguments from wherever the file says; a pipeline passes them plainly
    commandLine.setExpandAtFiles(false);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> usageError(exception, context));
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) ->
            Failures.report(exception, context.err(), stacktrace(command)));
    return commandLine.execute(args);
  }

  private static boolean stacktrace(CommandLine command) {
    return command.getCommand() instanceof CliCommand cli && cli.output.stacktrace;
  }

  /**
   * Reports a command line that cannot run. Never repeats an argument that is not an option name or
   * a command's name: a mistyped command line can hold a key ({@code --api-key sk_...}).
   */
  private static int usageError(ParameterException exception, CliContext context) {
    String command = exception.getCommandLine().getCommandSpec().qualifiedName();
    String message;
    if (exception instanceof UnmatchedArgumentException unmatched) {
      message = unmatchedMessage(unmatched);
    } else {
      message = SafeText.escape(exception.getMessage());
    }
    context.err().println(command + ": " + message);
    context.err().println("See '" + command + " --help'.");
    return ExitCode.ERROR;
  }

  private static String unmatchedMessage(UnmatchedArgumentException exception) {
    List<String> parts = new ArrayList<>();
    int values = 0;
    for (String argument : exception.getUnmatched()) {
      if (argument.startsWith("-")) {
        String name =
            argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
        if (name.equals("--api-key")) {
          return "the API key is never an option: options land in shell history and process"
              + " lists. Set the environment variable "
              + ApiKeys.VARIABLE
              + ", or use --api-key-file=<file> or --api-key-stdin.";
        }
        parts.add("unknown option " + SafeText.escape(name));
      } else if (argument.matches("[a-z][a-z-]{0,30}") && parts.isEmpty() && values == 0) {
        parts.add("unknown command or argument '" + argument + "'");
      } else {
        values++;
      }
    }
    if (values > 0) {
      parts.add(values + (values == 1 ? " unexpected argument" : " unexpected arguments"));
    }
    List<String> suggestions = exception.getSuggestions();
    String hint =
        suggestions.isEmpty()
            ? ""
            : ". Did you mean " + String.join(" or ", suggestions.stream().limit(3).toList()) + "?";
    return String.join(", ", parts) + hint;
  }
}
