package io.github.fbhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** validate, fmt, plan, apply and import: the config repository's commands, with exit codes. */
class ReconcileCommandsTest extends CliTest {

  private static final String CONFIG =
      """
      version: 1
      webhooks:
        - name: Production Webhook
          url: https://example.com/hook
          topics: [post.created]
        - name: Orders
          url: https://example.com/orders
          topics: [post.updated]
          requestConfig:
            headers:
              X-Token: ${env:ORDERS_TOKEN}
      """;

  @BeforeEach
  void writeConfiguration() throws IOException {
    cli.write("featurebase/webhooks.yaml", CONFIG);
    cli.env.put("ORDERS_TOKEN", "orders-token-value-123");
  }

  @Test
  void validateNeedsNoKeyAndReportsEachProblemAtItsLine() throws IOException {
    cli.env.remove("FEATUREBASE_API_KEY");
    assertThat(cli.run("validate").code()).isEqualTo(ExitCode.OK);

    cli.write("bad.yaml", "version: 1\nwebhooks:\n  - name: x\n    url: http://example.com\n");
    CliHarness.Run run = cli.run("validate", "--config=bad.yaml", "--sarif-report=report.sarif");

    assertThat(run.code()).isEqualTo(ExitCode.ERROR);
    assertThat(run.err()).contains("bad.yaml:4:").doesNotContain("\tat ");
    assertThat(cli.read("report.sarif")).contains("\"version\" : \"2.1.0\"").contains("bad.yaml");
    assertThat(cli.requests()).isZero();
  }

  @Test
  void aConfigurationMayNotSendTheKeyToAHostTheCommandLineDoesNotAllow() throws IOException {
    cli.write(
        "evil.yaml",
        """
        version: 1
        workspaces:
          - serverId: featurebase
            baseUrl: https://attacker.example
            webhooks:
              - name: A
                url: https://example.com/a
                topics: [post.created]
        """);

    CliHarness.Run plan = cli.run("plan", "--config=evil.yaml");

    assertThat(plan.code()).isEqualTo(ExitCode.ERROR);
    assertThat(plan.err()).contains("https://attacker.example").contains("--allowed-base-url");
    assertThat(cli.run("validate", "--config=evil.yaml").code()).isEqualTo(ExitCode.ERROR);
  }

  @Test
  void fmtCheckShowsTheDiffAndFailsThenFmtRewrites() throws IOException {
    cli.write(
        "featurebase/webhooks.yaml",
        """
        version: 1
        webhooks:
          - url: https://example.com/hook
            name: Production Webhook # the one that matters
            topics: [post.created]
        """);

    CliHarness.Run check = cli.run("fmt", "--check");
    assertThat(check.code()).isEqualTo(ExitCode.ERROR);
    assertThat(check.out()).contains("-  - url: https://example.com/hook");
    assertThat(check.err()).contains("Run 'fbhooks fmt' to rewrite it");

    assertThat(cli.run("fmt").code()).isEqualTo(ExitCode.OK);
    assertThat(cli.run("fmt", "--check").code()).isEqualTo(ExitCode.OK);
    assertThat(cli.read("featurebase/webhooks.yaml")).contains("# the one that matters");
  }

  @Test
  void planExitCodesFollowTerraformAndApplyConverges() throws IOException {
    CliHarness.Run plan = cli.run("plan", "--detailed-exitcode", "--plan-file=saved.json");
    assertThat(plan.code()).isEqualTo(ExitCode.CHANGES);
    assertThat(plan.out()).contains("+ create 'Orders'").doesNotContain("\u001B[");
    assertThat(cli.read("target/featurebase/plan.json")).contains("\"action\" : \"create\"");
    assertThat(cli.run("plan").code()).isEqualTo(ExitCode.OK);
    assertThat(cli.run("plan", "--fail-on-changes").code()).isEqualTo(ExitCode.DRIFT);

    CliHarness.Run apply = cli.run("apply", "--plan-file=saved.json", "--verbose");
    assertThat(apply.code()).isEqualTo(ExitCode.OK);
    assertThat(apply.out()).contains("Apply complete: 1 change(s) applied.");
    Path secret = dir.resolve("target/featurebase/secrets/orders.secret");
    assertThat(secret).exists();
    String created = Files.readString(secret).strip();
    assertThat(apply.all())
        .doesNotContain(created)
        .doesNotContain("orders-token-value-123")
        .doesNotContain(CliHarness.KEY);
    assertThat(cli.read("target/featurebase/apply-result.json")).contains("\"complete\" : true");

    assertThat(cli.run("plan", "--detailed-exitcode").code()).isEqualTo(ExitCode.OK);
    assertThat(cli.run("plan", "--fail-on-changes").code()).isEqualTo(ExitCode.OK);
    CliHarness.Run stale = cli.run("apply", "--plan-file=saved.json");
    assertThat(stale.code()).as("a saved plan is stale once applied").isEqualTo(ExitCode.ERROR);
    assertThat(cli.run("apply", "--plan-file=missing.json").err())
        .contains(
            "Cannot read the saved plan missing.json (no such file). Make one with 'fbhooks plan"
                + " --plan-file=missing.json'.");
  }

  @Test
  void aFilterThatMatchesNothingFailsTheDriftCheck() {
    CliHarness.Run run =
        cli.run("plan", "--fail-on-changes", "--include=production*", "--include=Orders");

    assertThat(run.code()).isEqualTo(ExitCode.DRIFT);
    assertThat(run.err())
        .contains("The include 'production*' pattern matches no webhook")
        .contains("Correct --include / --exclude");
  }

  @Test
  void planLinesAreColouredOnATerminalUnlessNoColor() {
    cli.terminal = true;
    assertThat(cli.run("plan").out()).contains("\u001B[32m  + create 'Orders'");
    assertThat(cli.run("plan", "--no-color").out()).doesNotContain("\u001B[");
    cli.env.put("NO_COLOR", "1");
    assertThat(cli.run("plan").out()).doesNotContain("\u001B[");
  }

  @Test
  void importWritesAConfigurationThatPlansWithoutChanges() throws IOException {
    CliHarness.Run run = cli.run("import");

    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(cli.read("featurebase/imported/webhooks.yaml")).contains(CliHarness.ID);
    assertThat(
            cli.run("plan", "--config=featurebase/imported/webhooks.yaml", "--detailed-exitcode")
                .code())
        .isEqualTo(ExitCode.OK);
    CliHarness.Run again = cli.run("import");
    assertThat(again.code()).isEqualTo(ExitCode.ERROR);
    assertThat(again.err()).contains("exists already; import never overwrites a file");
  }

  @Test
  void aPartialApplyExitsWithOneAndSaysExactlyWhatWasApplied() throws IOException {
    cli.write(
        "featurebase/webhooks.yaml",
        CONFIG.replace("https://example.com/hook", "https://example.com/hook/v2"));
    cli.admin.addFaults(
        "{\"method\":\"PATCH\",\"path\":\"/v2/webhooks/*\",\"times\":8,\"action\":\"respond\","
            + "\"status\":400,\"body\":\"{\\\"error\\\":{\\\"type\\\":\\\"invalid_request_error\\\","
            + "\\\"code\\\":\\\"invalid_parameter\\\",\\\"message\\\":\\\"rejected for the test\\\","
            + "\\\"status\\\":400}}\"}");

    CliHarness.Run apply = cli.run("apply");

    assertThat(apply.code()).isEqualTo(ExitCode.ERROR);
    assertThat(apply.err())
        .contains("Apply incomplete. Applied: + create 'Orders'")
        .contains("Failed: ~ update 'Production Webhook'")
        .contains("run 'fbhooks apply' again");
    assertThat(cli.read("target/featurebase/apply-result.json")).contains("\"complete\" : false");
    assertThat(dir.resolve("target/featurebase/secrets/orders.secret")).exists();
  }

  @Test
  void aSecondWorkspaceUsesTheKeyOfItsOwnCredentialId() throws IOException {
    cli.write(
        "two.yaml",
        """
        version: 1
        workspaces:
          - serverId: featurebase
            webhooks:
              - name: Production Webhook
                url: https://example.com/hook
                topics: [post.created]
          - serverId: ops
            webhooks:
              - name: Ops
                url: https://example.com/ops
                topics: [post.created]
        """);

    CliHarness.Run refused = cli.run("plan", "--config=two.yaml");
    assertThat(refused.code()).isEqualTo(ExitCode.ERROR);
    assertThat(refused.err()).contains("--allowed-server-id");

    CliHarness.Run noKey = cli.run("plan", "--config=two.yaml", "--allowed-server-id=ops");
    assertThat(noKey.code()).isEqualTo(ExitCode.ERROR);
    assertThat(noKey.err()).contains("FEATUREBASE_API_KEY_OPS");

    cli.env.put("FEATUREBASE_API_KEY_OPS", CliHarness.KEY);
    CliHarness.Run plan = cli.run("plan", "--config=two.yaml", "--allowed-server-id=ops");
    assertThat(plan.code()).isEqualTo(ExitCode.OK);
    assertThat(plan.out())
        .contains("key from the environment variable FEATUREBASE_API_KEY_OPS")
        .contains("+ create 'Ops'");
  }

  @Test
  void quietPrintsNothingButWarningsAndErrors() {
    CliHarness.Run run = cli.run("plan", "--quiet", "--include=nothing*");

    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Warning: The include 'nothing*' pattern matches no webhook");
  }

  @Test
  void validateWritesItsJsonReportPassOrFail() throws IOException {
    assertThat(cli.run("validate", "--json-report=r.json").code()).isEqualTo(ExitCode.OK);
    assertThat(cli.read("r.json")).contains("\"valid\" : true");
  }
}
