package io.github.fbhooks.cli.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of the distribution or the GitHub Action as a process, as a user or a runner would:
 * its own environment, working directory and captured streams, and a time limit.
 */
final class Processes {

  private Processes() {}

  /** The distribution directory the build laid out (cli/pom.xml passes it). */
  static Path distribution() {
    return Path.of(System.getProperty("fbhooks.dist", "target/fbhooks-cli-unknown"));
  }

  /** The repository's root, where action.yml and action/run.sh are. */
  static Path repository() {
    return Path.of(System.getProperty("fbhooks.repository", "..")).toAbsolutePath().normalize();
  }

  /** The Java that runs the tests: the one the build made the archive for. */
  static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  /**
   * Runs a command to its end.
   *
   * @param dir the working directory
   * @param env the environment: exactly these variables and PATH, nothing inherited
   * @param command the command line
   * @return what it printed and returned
   */
  static Result run(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv("PATH"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after 60 s: " + command);
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  /**
   * What a process printed and returned.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int code, String out, String err) {

    /** {@return both streams} */
    String all() {
      return out + err;
    }

    /** For assertion messages: keys and secrets redacted, as every log line. */
    @Override
    public String toString() {
      return ("exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err)
          .replaceAll("(whsec_|sk_)[A-Za-z0-9_]+", "$1<redacted>");
    }
  }
}
