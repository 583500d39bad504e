package io.github.fbhooks.cli;

import io.github.fbhooks.api.ClientWarmup;
import io.github.fbhooks.api.SelectorThreads;
import io.github.fbhooks.text.SafeText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code fbhooks} command line: {@code fbhooks <command> [options]}. Exit codes are in {@link
 * ExitCode}.
 */
public final class FbhooksCli {

  /** Every command, in the order help lists them; each built only when needed. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  /** The commands that call Featurebase. */
  static final Set<String> CALLS_FEATUREBASE =
      Set.of("rotate-secret", "complete-rotation", "export-secret", "plan", "apply", "import");

  private FbhooksCli() {}

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("rotate-secret", RotateSecretCommand::new);
    commands.put("complete-rotation", CompleteRotationCommand::new);
    commands.put("export-secret", ExportSecretCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("fmt", FmtCommand::new);
    commands.put("plan", PlanCommand::new);
    commands.put("apply", ApplyCommand::new);
    commands.put("import", ImportCommand::new);
    commands.put("emulator", EmulatorCommand::new);
    commands.put("version", VersionCommand::new);
    commands.put("completion", CompletionCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  /**
   * The command tree.
   *
   * @param context what the commands run in
   * @param only the one command to add, when the command line names one; null (or any other word)
   *     adds all, so that help lists them and a mistyped name gets its suggestion
   * @return the tree
   */
  static CommandLine commandLine(CliContext context, String only) {
    CommandLine commandLine = new CommandLine(new RootCommand(context));
    boolean one = only != null && COMMANDS.containsKey(only);
    COMMANDS.forEach(
        (name, command) -> {
          if (!one || name.equals(only)) {
            commandLine.addSubcommand(name, command.get());
          }
        });
    return commandLine;
  }

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
    // a command is short-lived: its exit must not wait for idle HTTP selector threads. Its requests
    // go over HttpURLConnection (Transport.URL_CONNECTION), which has none; PATCH's HttpClient is
    // closed at exit where the JDK can (21+)
    SelectorThreads.stopRegisteredAtExit();
    // the secret refresh is a POST without a body, which HttpURLConnection would repeat on its own
    // when a connection breaks before the answer; read once, before the first request
    System.setProperty("sun.net.http.retryPost", "false");
    if (args.length > 0 && CALLS_FEATUREBASE.contains(args[0])) {
      // overlaps the client's JSON and TLS set-up with building and parsing the command line
      ClientWarmup.start();
    }
    CommandLine commandLine = commandLine(context, args.length == 0 ? null : args[0]);
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
