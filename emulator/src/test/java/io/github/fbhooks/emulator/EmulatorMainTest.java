package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmulatorMainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Consumer<Emulator> whileRunning, String... args) {
    return EmulatorMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        emulator -> {
          try {
            whileRunning.accept(emulator);
          } finally {
            emulator.close();
          }
        });
  }

  private int run(String... args) {
    return run(emulator -> {}, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertThat(run("--help")).isZero();

    assertThat(out()).contains("Usage:").contains("--api-key KEY").contains("--rate-limit N");
    assertThat(err()).isEmpty();
  }

  @Test
  void startsAndPrintsTheListeningLine() {
    AtomicReference<Emulator> started = new AtomicReference<>();

    int code =
        run(
            started::set,
            "--port",
            "0",
            "--rate-limit=50",
            "--default-version",
            "2026-08-19.orbit");

    assertThat(code).isZero();
    assertThat(out())
        .isEqualTo(
            "Featurebase emulator listening on http://127.0.0.1:"
                + started.get().port()
                + System.lineSeparator());
    assertThat(err()).isEmpty();
  }

  @Test
  void theCommandLineSetsEveryOption() throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, "[]");

    CommandLine.Parsed parsed =
        CommandLine.parse(
            new String[] {
              "--port=8123",
              "--host",
              "localhost",
              "--api-key",
              "sk_cli_key",
              "--seed",
              seed.toString(),
              "--default-version",
              "2025-12-12.clover",
              "--rate-limit",
              "7",
              "--retry-scale",
              "0.001",
              "--suspend-after=4",
              "--max-webhooks",
              "25",
              "--unknown-fields=ignore",
              "--latency-ms",
              "50",
              "--workspace-per-key",
              "--allow-external-deliveries",
              "--verbose"
            });

    EmulatorOptions o = parsed.options();
    assertThat(parsed.help()).isFalse();
    assertThat(o.port()).isEqualTo(8123);
    assertThat(o.host()).isEqualTo("localhost");
    assertThat(o.apiKey().orElseThrow().reveal()).isEqualTo("sk_cli_key");
    assertThat(o.seedFile()).contains(seed);
    assertThat(o.defaultVersion().value()).isEqualTo("2025-12-12.clover");
    assertThat(o.rateLimitPerMinute()).isEqualTo(7);
    assertThat(o.verbose()).isTrue();
    assertThat(o.retryScale()).isEqualTo(0.001);
    assertThat(o.suspendAfter()).isEqualTo(4);
    assertThat(o.maxWebhooks()).isEqualTo(25);
    assertThat(o.unknownFields()).isEqualTo(UnknownFields.IGNORE);
    assertThat(o.latency()).isEqualTo(java.time.Duration.ofMillis(50));
    assertThat(o.workspacePerKey()).isTrue();
    assertThat(o.allowExternalDeliveries()).isTrue();
    assertThat(o.toString()).doesNotContain("sk_cli_key");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--bogus",
        "extra",
        "--port",
        "--port abc",
        "--port 70000",
        "--port -1",
        "--rate-limit 0",
        "--host  ",
        "--default-version yesterday",
        "--verbose=yes",
        "--port 1 --port 2",
        "--seed --verbose",
        "--retry-scale 0",
        "--retry-scale 2",
        "--retry-scale fast",
        "--retry-scale NaN",
        "--suspend-after 0",
        "--max-webhooks 0",
        "--max-webhooks many",
        "--unknown-fields accept",
        "--latency-ms -5",
        "--latency-ms slow",
        "--workspace-per-key=yes",
        "--allow-external-deliveries=true"
      })
  void badArgumentsExitTwoWithOneLineAndUsage(String line) {
    int code = run(line.equals("--host  ") ? new String[] {"--host", " "} : line.split(" "));

    assertThat(code).isEqualTo(2);
    String[] lines = err().split(System.lineSeparator());
    assertThat(lines[0]).startsWith("fbhooks-emulator: ");
    assertThat(lines[1]).startsWith("Usage:");
    assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out()).isEmpty();
  }

  @Test
  void aBadApiKeyIsRefusedWithoutShowingIt() {
    int code = run("--api-key", "pk_live_hidden_value");

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("--api-key").doesNotContain("hidden_value");
  }

  @Test
  void anUnknownOptionWithAnInlineValueDoesNotShowTheValue() {
    assertThat(run("--api-kye=sk_live_typo_value")).isEqualTo(2);

    assertThat(err()).contains("--api-kye").doesNotContain("typo_value");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--prot 8089|--port",
        "--rate-limt=10|--rate-limit",
        "-port 8089|--port",
        "--Verbose|--verbose",
        "--alow-external-deliveries|--allow-external-deliveries",
        "--workspace-per-keys|--workspace-per-key"
      })
  void aMistypedOptionNamesTheOptionItResembles(String line) {
    String[] parts = line.split("\\|");

    assertThat(run(parts[0].split(" "))).isEqualTo(2);

    String first = err().split(System.lineSeparator())[0];
    String typed = parts[0].split("[ =]")[0];
    assertThat(first)
        .isEqualTo(
            "fbhooks-emulator: unknown option "
                + typed
                + "; did you mean "
                + parts[1]
                + "? (see --help)");
  }

  @Test
  void anOptionLikeNoOtherGetsNoSuggestion() {
    assertThat(run("--colour")).isEqualTo(2);

    assertThat(err().split(System.lineSeparator())[0])
        .isEqualTo("fbhooks-emulator: unknown option --colour (see --help)");
  }

  @Test
  void aMistypedApiKeyOptionSuggestsItWithoutShowingTheValue() {
    assertThat(run("--apikey=sk_live_typo_value")).isEqualTo(2);

    assertThat(err())
        .contains("unknown option --apikey; did you mean --api-key?")
        .doesNotContain("typo_value");
  }

  @Test
  void aStrayArgumentIsNotEchoed() {
    assertThat(run("--port", "0", "sk_live_forgot_the_flag")).isEqualTo(2);

    assertThat(err()).contains("unexpected argument #3").doesNotContain("forgot_the_flag");
  }

  @Test
  void aBadSeedFileExitsTwoWithOneLine() {
    Path missing = dir.resolve("missing.json");

    assertThat(run("--seed", missing.toString())).isEqualTo(2);

    assertThat(err().strip()).isEqualTo("fbhooks-emulator: " + missing + ": seed file not found");
  }

  @Test
  void aPortInUseExitsOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(run("--port", Integer.toString(taken.getLocalPort()))).isEqualTo(1);
    }

    assertThat(err()).startsWith("fbhooks-emulator: cannot listen on 127.0.0.1:");
    assertThat(err().strip().lines()).hasSize(1);
  }
}
