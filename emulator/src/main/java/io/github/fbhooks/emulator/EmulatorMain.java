package io.github.fbhooks.emulator;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The command line: {@code java -jar fbhooks-emulator-<version>-standalone.jar [--port N] [--host
 * H] [--api-key KEY] [--seed FILE] [--default-version V] [--rate-limit N] [--retry-scale X]
 * [--suspend-after N] [--max-webhooks N] [--unknown-fields refuse|ignore] [--latency-ms N]
 * [--workspace-per-key] [--allow-external-deliveries] [--verbose] [--help]}.
 *
 * <p>Prints {@code Featurebase emulator listening on http://127.0.0.1:<port>} once ready and runs
 * until the process is stopped. Exit codes: 0 after a normal stop or {@code --help}, 1 when the
 * address cannot be bound, 2 for bad arguments or a bad seed file.
 */
public final class EmulatorMain {

  /** Exit code for a command line or seed file that cannot work. */
  static final int USAGE_ERROR = 2;

  /** Exit code when the emulator cannot start for another reason. */
  static final int START_ERROR = 1;

  /** How the standalone jar is run, as its usage line says. */
  private static final String STANDALONE = "java -jar fbhooks-emulator-<version>-standalone.jar";

  private EmulatorMain() {}

  /**
   * Runs the emulator in the foreground.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the emulator until it is closed, for {@link #main} and tests.
   *
   * @param args the command line
   * @param out where the listening line, the help and verbose lines go
   * @param err where errors go
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, emulator -> {});
  }

  /**
   * Runs the emulator as a subcommand of another command line, until the process is stopped.
   *
   * @param program how the user invoked it, e.g. {@code fbhooks emulator}: the help's usage line
   *     and each error message start with it
   * @param args the emulator's options
   * @param out where the listening line, the help and verbose lines go
   * @param err where errors go
   * @return the exit code: 0 after a normal stop or {@code --help}, 1 when the emulator cannot
   *     start, 2 for bad arguments
   */
  public static int run(String program, String[] args, PrintStream out, PrintStream err) {
    return run(program, args, out, err, emulator -> {});
  }

  static int run(String[] args, PrintStream out, PrintStream err, Consumer<Emulator> onStarted) {
    return run(STANDALONE, args, out, err, onStarted);
  }

  /**
   * Runs the emulator until it is closed; {@code onStarted} sees it once it listens (tests close it
   * from there).
   */
  private static int run(
      String program,
      String[] args,
      PrintStream out,
      PrintStream err,
      Consumer<Emulator> onStarted) {
    String usage = CommandLine.USAGE.replace(STANDALONE, program);
    String prefix = STANDALONE.equals(program) ? "fbhooks-emulator: " : program + ": ";
    CommandLine.Parsed parsed;
    try {
      parsed = CommandLine.parse(args);
    } catch (CommandLine.UsageException e) {
      err.println(prefix + e.getMessage());
      err.println(usage);
      return USAGE_ERROR;
    }
    if (parsed.help()) {
      out.println(usage);
      return 0;
    }
    Emulator emulator;
    try {
      emulator = Emulator.start(parsed.options(), Clock.systemUTC(), out);
    } catch (IllegalArgumentException e) {
      err.println(prefix + e.getMessage());
      return USAGE_ERROR;
    } catch (IOException e) {
      err.println(
          prefix
              + "cannot listen on "
              + parsed.options().host()
              + ":"
              + parsed.options().port()
              + ": "
              + e.getMessage());
      return START_ERROR;
    }
    Thread hook = new Thread(emulator::close, "fbhooks-emulator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Featurebase emulator listening on " + emulator.baseUrl());
    out.flush();
    onStarted.accept(emulator);
    try {
      emulator.awaitTermination();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      emulator.close();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is what closed the emulator
    }
    return 0;
  }
}
