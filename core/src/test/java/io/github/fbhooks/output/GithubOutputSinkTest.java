package io.github.fbhooks.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.secret.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubOutputSinkTest {

  @TempDir Path dir;

  @Test
  void masksTheSecretBeforeWritingTheOutputs() throws IOException {
    Path output = Files.writeString(dir.resolve("github_output"), "earlier=1\n");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    GithubOutputSink sink =
        new GithubOutputSink(output, new PrintStream(stdout, true, StandardCharsets.UTF_8));

    sink.prepare();
    sink.write(
        new SecretDocument(
            "507f1f77bcf86cd799439011", "n", Secret.of("whsec_s3cr3t"), Instant.EPOCH));

    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("::add-mask::whsec_s3cr3t\n");
    String written = Files.readString(output);
    assertThat(written)
        .startsWith("earlier=1\nwebhook-id=507f1f77bcf86cd799439011\nwebhook-secret<<fbhooks_");
    assertThat(written).matches("(?s).*webhook-secret<<(fbhooks_\\w+)\nwhsec_s3cr3t\n\\1\n");
  }

  @Test
  void duringAnOverlapRotationThePreviousSecretIsMaskedAndAnOutputToo() throws IOException {
    Path output = Files.createFile(dir.resolve("github_output"));
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    GithubOutputSink sink =
        new GithubOutputSink(output, new PrintStream(stdout, true, StandardCharsets.UTF_8));

    sink.write(
        new SecretDocument(
            "507f1f77bcf86cd799439011",
            "n",
            Secret.of("whsec_new"),
            Instant.EPOCH,
            java.util.Optional.of(Secret.of("whsec_old"))));

    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .isEqualTo("::add-mask::whsec_new\n::add-mask::whsec_old\n");
    assertThat(Files.readString(output))
        .matches(
            "(?s)webhook-id=507f1f77bcf86cd799439011\n"
                + "webhook-secret<<(fbhooks_\\w+)\nwhsec_new\n\\1\n"
                + "webhook-previous-secret<<(fbhooks_\\w+)\nwhsec_old\n\\2\n");
  }

  @Test
  void theMaskIsFlushedEvenWhenStandardOutputBuffers() throws IOException {
    Path output = Files.writeString(dir.resolve("github_output"), "");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream buffered =
        new PrintStream(new java.io.BufferedOutputStream(stdout), false, StandardCharsets.UTF_8);

    new GithubOutputSink(output, buffered)
        .write(
            new SecretDocument(
                "507f1f77bcf86cd799439011", "n", Secret.of("whsec_s3cr3t"), Instant.EPOCH));

    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("::add-mask::whsec_s3cr3t\n");
  }

  @Test
  void preflightRefusesAMissingOutputFile() {
    GithubOutputSink sink = new GithubOutputSink(dir.resolve("missing"), System.out);

    assertThatThrownBy(sink::check)
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining("GITHUB_OUTPUT")
        .hasMessageContaining("Nothing was changed at Featurebase");
    assertThatThrownBy(sink::prepare).isInstanceOf(SecretOutputException.class);
    assertThat(sink.describe())
        .isEqualTo("GitHub Actions step outputs 'webhook-secret' and 'webhook-id' (masked)");
  }
}
