package io.github.fbhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rotate-secret, export-secret and complete-rotation against the emulator. */
class SecretCommandsTest extends CliTest {

  @Test
  void rotateWritesTheNewSecretOwnerOnlyAndNeverPrintsIt() throws IOException {
    CliHarness.Run run =
        cli.run(
            "rotate-secret",
            "--webhook-name=Production Webhook",
            "--secret-file=out/secret.env",
            "--secret-format=dotenv",
            "--verbose");

    assertThat(run.code()).isEqualTo(ExitCode.OK);
    String file = cli.read("out/secret.env");
    String secret = value(file, "FEATUREBASE_WEBHOOK_SECRET");
    assertThat(secret).startsWith("whsec_").isNotEqualTo(CliHarness.OLD_SECRET);
    assertThat(value(file, "FEATUREBASE_WEBHOOK_ID")).isEqualTo(CliHarness.ID);
    assertThat(Files.getPosixFilePermissions(dir.resolve("out/secret.env")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(run.all())
        .contains("secret rotated")
        .contains("[debug]")
        .doesNotContain(secret)
        .doesNotContain(CliHarness.OLD_SECRET)
        .doesNotContain(CliHarness.KEY);

    // the secret written is the live one: exporting it again gives the same
    CliHarness.Run export =
        cli.run("export-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=again");
    assertThat(export.code()).isEqualTo(ExitCode.OK);
    assertThat(cli.read("again").strip()).isEqualTo(secret);
    assertThat(export.out()).contains("secret exported");
  }

  @Test
  void githubActionsGetMaskedStepOutputsAndAStepSummaryLine() throws IOException {
    Path output = cli.write("github/output", "");
    Path summary = cli.write("github/summary.md", "");
    cli.env.put("GITHUB_OUTPUT", output.toString());
    cli.env.put("GITHUB_STEP_SUMMARY", summary.toString());

    CliHarness.Run run = cli.run("rotate-secret", "--webhook-id=" + CliHarness.ID);

    assertThat(run.code()).isEqualTo(ExitCode.OK);
    String outputs = Files.readString(output);
    assertThat(outputs).contains("webhook-id=" + CliHarness.ID).contains("webhook-secret<<");
    String secret = outputs.lines().filter(l -> l.startsWith("whsec_")).findFirst().orElseThrow();
    assertThat(run.out()).contains("::add-mask::" + secret);
    assertThat(run.out().replace("::add-mask::" + secret, "")).doesNotContain(secret);
    assertThat(Files.readString(summary)).contains(CliHarness.ID).doesNotContain(secret);
    assertThat(cli.read("target/featurebase/rotations.jsonl"))
        .contains("\"strategy\":\"immediate\"")
        .doesNotContain(secret);
  }

  @Test
  void withoutAnyOutputNothingIsRotatedForTheSecretWouldBeLost() throws IOException {
    CliHarness.Run run = cli.run("rotate-secret", "--webhook-id=" + CliHarness.ID);

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err())
        .startsWith("Error: No output for the secret: give --secret-file=<file>")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(cli.requests()).isZero();
  }

  @Test
  void aDryRunChecksEverythingAndChangesNothing() throws IOException {
    CliHarness.Run run =
        cli.run("rotate-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=s", "--dry-run");

    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("dry run, nothing changed");
    assertThat(dir.resolve("s")).doesNotExist();
    CliHarness.Run export =
        cli.run("export-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=s");
    assertThat(export.code()).isZero();
    assertThat(cli.read("s").strip()).isEqualTo(CliHarness.OLD_SECRET);
  }

  @Test
  void anOverlapRotationHandsOutBothSecretsAndCompletionLeavesOneWebhook() throws IOException {
    CliHarness.Run start =
        cli.run(
            "rotate-secret",
            "--webhook-name=Production Webhook",
            "--rotation-strategy=overlap",
            "--secret-file=s.json",
            "--secret-format=json");

    assertThat(start.code()).isEqualTo(ExitCode.OK);
    String json = cli.read("s.json");
    assertThat(json).contains("\"previousSecret\" : \"" + CliHarness.OLD_SECRET + "\"");
    assertThat(start.out()).contains("run 'fbhooks complete-rotation' once the receiver");

    CliHarness.Run complete = cli.run("complete-rotation", "--webhook-name=Production Webhook");
    assertThat(complete.code()).isEqualTo(ExitCode.OK);
    assertThat(complete.out()).contains("replaces " + CliHarness.ID);
    List<String> record = Files.readAllLines(dir.resolve("target/featurebase/rotations.jsonl"));
    assertThat(record).hasSize(2);
    assertThat(record.get(0)).contains("\"phase\":\"start\"");
    assertThat(record.get(1)).contains("\"phase\":\"complete\"");
    CliHarness.Run export =
        cli.run("export-secret", "--webhook-name=Production Webhook", "--secret-file=now");
    assertThat(export.code()).isZero();
    assertThat(json).contains("\"secret\" : \"" + cli.read("now").strip() + "\"");
  }

  @Test
  void anUnknownStrategyIsRefusedBeforeAnythingIsSent() throws IOException {
    CliHarness.Run run =
        cli.run(
            "rotate-secret",
            "--webhook-id=" + CliHarness.ID,
            "--secret-file=s",
            "--rotation-strategy=gradual");

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err()).contains("--rotation-strategy \"gradual\" is not a strategy");
    assertThat(cli.requests()).isZero();
  }

  @Test
  void anInterruptedCompletionFinishesWhenRunAgain() throws IOException {
    assertThat(
            cli.run(
                    "rotate-secret",
                    "--webhook-id=" + CliHarness.ID,
                    "--rotation-strategy=overlap",
                    "--secret-file=s")
                .code())
        .isZero();
    // the old webhook is deleted, then giving the twin its description back fails
    cli.admin.addFaults(
        "{\"method\":\"PATCH\",\"path\":\"/v2/webhooks/*\",\"times\":1,\"action\":\"respond\","
            + "\"status\":400,\"body\":\"{\\\"error\\\":{\\\"type\\\":\\\"invalid_request_error\\\","
            + "\\\"code\\\":\\\"invalid_parameter\\\",\\\"message\\\":\\\"rejected for the test\\\","
            + "\\\"status\\\":400}}\"}");

    CliHarness.Run interrupted = cli.run("complete-rotation", "--webhook-id=" + CliHarness.ID);
    assertThat(interrupted.code()).isEqualTo(ExitCode.ERROR);
    assertThat(interrupted.out()).contains("Deleted webhook 'Production Webhook'");

    CliHarness.Run again = cli.run("complete-rotation", "--webhook-id=" + CliHarness.ID);
    assertThat(again.code()).as(again.all()).isZero();
    assertThat(again.out()).contains("replaces " + CliHarness.ID);
    CliHarness.Run export =
        cli.run("export-secret", "--webhook-name=Production Webhook", "--secret-file=now");
    assertThat(export.code()).isZero();
    // a raw file of an overlap rotation holds the new secret, then the previous one
    assertThat(cli.read("s").lines())
        .containsExactly(cli.read("now").strip(), CliHarness.OLD_SECRET);
  }

  @Test
  void anOverlapRotationIsRefusedWithoutAFreePlaceBeforeAnythingChanges() throws IOException {
    CliHarness.Run run =
        cli.run(
            "rotate-secret",
            "--webhook-id=" + CliHarness.ID,
            "--rotation-strategy=overlap",
            "--webhook-limit=1",
            "--secret-file=s");

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err()).contains("--webhook-limit");
    assertThat(dir.resolve("s")).doesNotExist();
    CliHarness.Run export =
        cli.run("export-secret", "--webhook-id=" + CliHarness.ID, "--secret-file=s");
    assertThat(cli.read("s").strip()).isEqualTo(CliHarness.OLD_SECRET);
    assertThat(export.code()).isZero();
  }

  private static String value(String dotenv, String name) {
    return dotenv
        .lines()
        .filter(l -> l.startsWith(name + "="))
        .map(l -> l.substring(name.length() + 1).replace("\"", ""))
        .findFirst()
        .orElseThrow();
  }
}
