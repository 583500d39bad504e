package io.github.fbhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The command line itself: strictness, help, the key's sources, failures without traces. */
class CommandLineTest extends CliTest {

  private static final String TYPED_KEY = "sk_live_typedonthecommandline123";

  @Test
  void aMistypedOptionIsAnErrorWithASuggestion() throws IOException {
    CliHarness.Run run = cli.run("export-secret", "--webhook-nme=x", "--secret-file=s");

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err())
        .contains("fbhooks export-secret: unknown option --webhook-nme")
        .contains("Did you mean --webhook-id or --webhook-name?");
    assertThat(cli.requests()).isZero();
  }

  @Test
  void aCommandStopsTheJdkFromRepeatingABodylessPostOnItsOwn() {
    // the secret refresh is a POST without a body: repeated by HttpURLConnection after a broken
    // connection, it would rotate twice (Transport.URL_CONNECTION)
    System.clearProperty("sun.net.http.retryPost");

    cli.run("version");

    assertThat(System.getProperty("sun.net.http.retryPost")).isEqualTo("false");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliHarness.Run run = cli.run("rotate-secrets");

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err()).contains("Did you mean rotate-secret");
  }

  @Test
  void theKeyIsNeverAnOptionAndATypedKeyIsNeverRepeated() throws IOException {
    for (String[] args :
        new String[][] {
          {"plan", "--api-key=" + TYPED_KEY},
          {"plan", "--api-key", TYPED_KEY},
          {"plan", "--token", TYPED_KEY},
          {"plan", TYPED_KEY},
          {TYPED_KEY}
        }) {
      CliHarness.Run run = cli.run(args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(ExitCode.ERROR);
      assertThat(run.all()).as(String.join(" ", args)).doesNotContain(TYPED_KEY);
    }
    assertThat(cli.run("plan", "--api-key=" + TYPED_KEY).err())
        .contains("the API key is never an option")
        .contains("FEATUREBASE_API_KEY");
    assertThat(cli.requests()).isZero();
  }

  @Test
  void aValueThatIsNoApiKeyIsRefusedBeforeAnyRequestWithoutBeingPrinted() throws IOException {
    cli.env.put("FEATUREBASE_API_KEY", "whsec_pastedthewrongsecret");

    CliHarness.Run run =
        cli.run("export-secret", "--webhook-name=orders", "--secret-file=s", "--verbose");

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err())
        .contains("The Featurebase API key from the environment variable FEATUREBASE_API_KEY")
        .contains("start with 'sk_'");
    assertThat(run.all()).doesNotContain("pastedthewrongsecret");
    assertThat(cli.requests()).isZero();
  }

  @Test
  void theKeyComesFromAFileOrStandardInputButOnlyFromOnePlace() throws IOException {
    cli.env.remove("FEATUREBASE_API_KEY");
    Path keyFile = cli.write("key", CliHarness.KEY + "\n");
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));

    CliHarness.Run fromFile =
        cli.run(
            "export-secret",
            "--webhook-id=" + CliHarness.ID,
            "--secret-file=a",
            "--api-key-file=key");
    assertThat(fromFile.code()).isEqualTo(ExitCode.OK);
    assertThat(fromFile.out()).contains("key from the file key");
    assertThat(fromFile.err()).doesNotContain("Warning");

    cli.stdin = CliHarness.KEY + "\n";
    CliHarness.Run fromStdin =
        cli.run(
            "export-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=b", "--api-key-stdin");
    assertThat(fromStdin.code()).isEqualTo(ExitCode.OK);
    assertThat(fromStdin.out()).contains("key from the standard input");

    cli.env.put("FEATUREBASE_API_KEY", CliHarness.KEY);
    CliHarness.Run twice =
        cli.run(
            "export-secret",
            "--webhook-id=" + CliHarness.ID,
            "--secret-file=c",
            "--api-key-file=key");
    assertThat(twice.code()).isEqualTo(ExitCode.ERROR);
    assertThat(twice.err()).contains("given twice").doesNotContain(CliHarness.KEY);
  }

  @Test
  void aKeyFileOthersCanReadIsUsedWithAWarning() throws IOException {
    cli.env.remove("FEATUREBASE_API_KEY");
    Path keyFile = cli.write("key", CliHarness.KEY);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));

    CliHarness.Run run =
        cli.run(
            "export-secret",
            "--webhook-id=" + CliHarness.ID,
            "--secret-file=a",
            "--api-key-file=key");

    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).contains("can be read by other users; make it owner-only (chmod 600)");
  }

  @Test
  void somethingThatIsNoKeyIsRefusedBeforeItIsSent() throws IOException {
    cli.env.put("FEATUREBASE_API_KEY", "whsec_not_a_key_at_all");

    CliHarness.Run run =
        cli.run("export-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=a");

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err())
        .contains("does not look like an API key")
        .doesNotContain("whsec_not_a_key_at_all");
    assertThat(cli.requests()).isZero();
  }

  @Test
  void aFailureIsOneParagraphAndItsTraceOnlyOnRequest() {
    cli.env.put("FEATUREBASE_API_KEY", "sk_wrong_key_for_this_emulator");

    CliHarness.Run run =
        cli.run("export-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=a");
    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err().lines().filter(l -> l.startsWith("Error: ")).count()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("sk_wrong_key_for_this_emulator");

    CliHarness.Run traced =
        cli.run(
            "export-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=a", "--stacktrace");
    assertThat(traced.err()).contains("\tat io.github.fbhooks.");
    assertThat(traced.err()).doesNotContain("sk_wrong_key_for_this_emulator");
  }

  @Test
  void helpVersionAndCompletionExitWithZero() {
    CliHarness.Run help = cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("rotate-secret").contains("Exit codes: 0 success");

    CliHarness.Run planHelp = cli.run("plan", "--help");
    assertThat(planHelp.code()).isZero();
    assertThat(planHelp.out()).contains("--detailed-exitcode").contains("--fail-on-changes");

    CliHarness.Run version = cli.run("version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("fbhooks ").contains("Java ");

    CliHarness.Run completion = cli.run("completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F").contains("rotate-secret");
  }

  @Test
  void withoutACommandItSaysSoAndListsThem() {
    CliHarness.Run run = cli.run();

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err()).contains("a command is required").contains("complete-rotation");
  }

  @Test
  void theEmulatorCommandPassesItsOptionsThrough() {
    CliHarness.Run help = cli.run("emulator", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: fbhooks emulator [options]");

    CliHarness.Run wrong = cli.run("emulator", "--prot", "1");
    assertThat(wrong.code()).isEqualTo(ExitCode.ERROR);
    assertThat(wrong.err()).startsWith("fbhooks emulator: unknown option --prot");
  }
}
