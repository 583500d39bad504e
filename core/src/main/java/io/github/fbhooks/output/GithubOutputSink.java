package io.github.fbhooks.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Hands the secret to later GitHub Actions steps as the step outputs {@code webhook-secret} and
 * {@code webhook-id}. Before the output is written it registers the secret with the runner's {@code
 * ::add-mask::} command, so the runner masks it in every later log line. The command line goes
 * straight to the process's standard output, which the runner reads and never shows.
 *
 * @param githubOutput the file named by {@code GITHUB_OUTPUT}
 * @param stdout the runner-facing standard output
 */
public record GithubOutputSink(Path githubOutput, PrintStream stdout) implements SecretSink {

  /** The step output that holds the secret. */
  public static final String SECRET_OUTPUT = "webhook-secret";

  /** The step output that receives the previous secret during an overlap rotation. */
  public static final String PREVIOUS_SECRET_OUTPUT = "webhook-previous-secret";

  /** The step output that holds the webhook id. */
  public static final String ID_OUTPUT = "webhook-id";

  /** Checks that every field is present. */
  public GithubOutputSink {
    Objects.requireNonNull(githubOutput, "githubOutput");
    Objects.requireNonNull(stdout, "stdout");
  }

  @Override
  public String describe() {
    return "GitHub Actions step outputs '" + SECRET_OUTPUT + "' and '" + ID_OUTPUT + "' (masked)";
  }

  @Override
  public void check() {
    if (!Files.isRegularFile(githubOutput) || !Files.isWritable(githubOutput)) {
      throw new SecretOutputException(
          "GITHUB_OUTPUT names "
              + githubOutput
              + ", which is not a writable file. Nothing was changed at Featurebase. Run the goal"
              + " as a normal workflow step, or unset GITHUB_OUTPUT outside GitHub Actions.",
          null);
    }
  }

  @Override
  public void prepare() {
    check();
  }

  @Override
  public void write(SecretDocument document) {
    stdout.println("::add-mask::" + document.secret().reveal());
    document.previousSecret().ifPresent(p -> stdout.println("::add-mask::" + p.reveal()));
    stdout.flush();
    String entry =
        ID_OUTPUT
            + "="
            + document.webhookId()
            + "\n"
            + multiline(SECRET_OUTPUT, document.secret().reveal())
            + document
                .previousSecret()
                .map(p -> multiline(PREVIOUS_SECRET_OUTPUT, p.reveal()))
                .orElse("");
    try {
      Files.writeString(githubOutput, entry, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new SecretOutputException(
          "Could not append the step outputs to GITHUB_OUTPUT " + githubOutput + ": " + e, e);
    }
  }

  /** A multi-line output entry, with a random delimiter no secret can contain. */
  private static String multiline(String name, String value) {
    String delimiter = "fbhooks_" + UUID.randomUUID().toString().replace("-", "");
    return name + "<<" + delimiter + "\n" + value + "\n" + delimiter + "\n";
  }
}
