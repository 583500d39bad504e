package io.github.fbhooks.cli;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@code fbhooks} in this JVM against a real emulator on loopback, in a directory of its own,
 * with an environment of its own: what a pipeline step sees, minus the process.
 */
final class CliHarness implements AutoCloseable {

  static final String KEY = "sk_test_cli_harness_key";
  static final String ID = "507f1f77bcf86cd799439011";
  static final String OLD_SECRET = "whsec_seededsecretthatmustberotated0001";

  final Path dir;
  final Map<String, String> env = new HashMap<>();
  final Emulator emulator;
  final EmulatorAdminClient admin;
  String stdin = "";
  boolean terminal;

  CliHarness(Path dir) throws IOException {
    this.dir = dir;
    emulator = SeededEmulator.start(dir, KEY, ID, OLD_SECRET);
    admin = new EmulatorAdminClient(emulator.baseUrl());
    env.put("FEATUREBASE_API_KEY", KEY);
    env.put("FEATUREBASE_BASE_URL", emulator.baseUrl().toString());
  }

  /**
   * A context with an environment of its own and no input, in the current directory, for tests that
   * need no emulator.
   */
  static CliContext context(Map<String, String> environment) {
    return new CliContext(
        environment::get,
        Path.of("").toAbsolutePath(),
        System.out,
        System.err,
        new ByteArrayInputStream(new byte[0]),
        false);
  }

  /** Runs a command line, its output captured. */
  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      CliContext context =
          new CliContext(
              env::get,
              dir,
              o,
              e,
              new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
              terminal);
      code = FbhooksCli.run(args, context);
    }
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@return how many API requests reached the emulator} */
  int requests() throws IOException {
    return admin.saveRequestLog(dir.resolve("requests-" + System.nanoTime() + ".json"));
  }

  /** Writes a file below the directory. */
  Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  /** {@return a file below the directory, as text} */
  String read(String relative) throws IOException {
    return Files.readString(dir.resolve(relative));
  }

  @Override
  public void close() {
    emulator.close();
  }

  /**
   * What a run printed and returned.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Run(int code, String out, String err) {

    /** {@return both streams, for assertions that hold for everything printed} */
    String all() {
      return out + err;
    }
  }
}
