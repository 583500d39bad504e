package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.webhook.Topic;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private static final String MINIMAL =
      "version: 1\nwebhooks:\n  - name: A\n    url: https://example.com/a\n    topics: [post.created]\n";

  @Test
  void readsTheDocumentedExample() {
    WebhooksConfig config = Corpus.loader().load(Path.of("good/single.yaml"));

    assertThat(config.sources()).containsExactly(Path.of("good/single.yaml"));
    assertThat(config.summary()).isEqualTo("1 webhook in 1 workspace");
    WorkspaceConfig workspace = config.workspaces().get(0);
    assertThat(workspace.serverId()).isEqualTo(WorkspaceConfig.DEFAULT_SERVER_ID);
    assertThat(workspace.baseUrl()).isEmpty();
    assertThat(workspace.apiVersion()).isEmpty();
    assertThat(workspace.prune()).isFalse();
    assertThat(workspace.location()).hasToString("good/single.yaml:2:1");
    DesiredWebhook webhook = workspace.webhooks().get(0);
    assertThat(webhook.name()).isEqualTo("Production Webhook");
    assertThat(webhook.id()).contains("507f1f77bcf86cd799439011");
    assertThat(webhook.url()).isEqualTo("https://example.com/webhooks");
    assertThat(webhook.description()).contains("Handles all production events");
    assertThat(webhook.topics())
        .containsExactly(
            "post.created",
            "post.updated",
            "conversation.admin.replied",
            "conversation.admin.closed",
            "conversation.admin.assigned",
            "conversation.admin.noted",
            "conversation.admin.snoozed",
            "conversation.admin.unsnoozed",
            "conversation.admin.opened");
    assertThat(webhook.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(webhook.timeoutMs()).contains(5000);
    assertThat(webhook.headers())
        .containsExactly(
            Map.entry("X-Custom-Header", new HeaderValue("value", false)),
            Map.entry(
                "X-Receiver-Token",
                new HeaderValue("receiver-token-value-42", true, List.of("RECEIVER_TOKEN"))));
    assertThat(webhook.preventDestroy()).isTrue();
    assertThat(webhook.ignoreChanges()).containsExactly("status");
    assertThat(webhook.location()).hasToString("good/single.yaml:5:5");
  }

  @Test
  void sensitiveHeaderValuesPrintMasked() {
    WebhooksConfig config = Corpus.loader().load(Path.of("good/single.yaml"));

    assertThat(config.toString())
        .contains("X-Receiver-Token=(sensitive, from ${env:RECEIVER_TOKEN})")
        .doesNotContain("receiver-token-value-42");
  }

  @Test
  void readsSeveralWorkspaces() {
    WebhooksConfig config = Corpus.loader().load(Path.of("good/multi.yaml"));

    assertThat(config.summary()).isEqualTo("3 webhooks in 2 workspaces");
    WorkspaceConfig prod = config.workspaces().get(0);
    assertThat(prod.serverId()).isEqualTo("featurebase-prod");
    assertThat(prod.apiVersion()).contains(ApiVersion.NOVA);
    assertThat(prod.prune()).isTrue();
    assertThat(prod.webhooks().get(0).topics())
        .containsExactly(
            "post.created", "post.updated", "post.deleted", "post.voted", "changelog.published");
    DesiredWebhook support = prod.webhooks().get(1);
    assertThat(support.status()).isEqualTo(WebhookStatus.PAUSED);
    assertThat(support.topics()).hasSize(15).allMatch(t -> t.startsWith("conversation."));
    assertThat(support.headers().get("X-Support-Token"))
        .isEqualTo(
            new HeaderValue("Bearer support-token-value-43", true, List.of("SUPPORT_TOKEN")));
    WorkspaceConfig staging = config.workspaces().get(1);
    assertThat(staging.baseUrl()).contains(URI.create("http://localhost:8089"));
    assertThat(staging.prune()).isFalse();
    assertThat(staging.webhooks().get(0).topics())
        .containsExactly(
            "post.created", "ticket.created", "comment.created", "conversation.user.created");
    assertThat(staging.webhooks().get(0).ignoreChanges())
        .containsExactlyInAnyOrder("url", "topics");
  }

  @Test
  void mergesTheYamlFilesOfADirectory() {
    WebhooksConfig config = Corpus.loader().load(Path.of("good/split"));

    assertThat(config.sources())
        .containsExactly(Path.of("good/split/10-posts.yaml"), Path.of("good/split/20-tickets.yml"));
    assertThat(config.workspaces()).hasSize(1);
    assertThat(config.workspaces().get(0).prune()).isTrue();
    assertThat(config.workspaces().get(0).webhooks())
        .extracting(DesiredWebhook::name)
        .containsExactly("Posts", "Tickets");
  }

  @Test
  void checksAcrossTheFilesOfADirectory() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "version: 1\nprune: true\n" + MINIMAL.substring(11));
    Files.writeString(dir.resolve("b.yml"), "version: 1\nprune: false\n" + MINIMAL.substring(11));

    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> new ConfigLoader(n -> null, dir).load(Path.of(".")));

    assertThat(e.problems())
        .map(ConfigProblem::toString)
        .containsExactly(
            "b.yml:2:8: prune: prune is false here but true at a.yaml:2:8 for the same workspace;"
                + " state it once",
            "b.yml:4:11: webhooks[0].name: duplicate webhook name \"A\" (first at a.yaml:4:11);"
                + " names are unique in a workspace");
    assertThat(e.getMessage()).startsWith("2 problems in b.yml:\n");
  }

  @Test
  void moreThanTenWebhooksAcrossFilesLoadWithAWarningAtTheEleventh() throws IOException {
    for (int file = 0; file < 2; file++) {
      StringBuilder yaml = new StringBuilder("version: 1\nwebhooks:\n");
      for (int i = 0; i < 6; i++) {
        yaml.append("  - name: W")
            .append(file)
            .append('-')
            .append(i)
            .append("\n    url: https://example.com/\n    topics: [post.created]\n");
      }
      Files.writeString(dir.resolve("f" + file + ".yaml"), yaml);
    }

    WebhooksConfig config = new ConfigLoader(n -> null, dir).load(dir);

    assertThat(config.webhookCount()).isEqualTo(12);
    assertThat(WebhookLimits.warnings(config))
        .singleElement()
        .asString()
        .startsWith(
            dir.resolve("f1.yaml")
                + ":15:5: the workspace of server 'featurebase' declares 12 webhooks, more than"
                + " Featurebase's default limit of 10 per workspace; 'W1-4', declared here, is the"
                + " first past it. A workspace's plan can raise the limit, so this is no error");
  }

  @Test
  void tenWebhooksGiveNoWarningAndElevenOne() {
    WebhooksConfig eleven = Corpus.loader().load(Path.of("good/eleven-webhooks.yaml"));
    WebhooksConfig single = Corpus.loader().load(Path.of("good/single.yaml"));

    assertThat(WebhookLimits.warnings(single)).isEmpty();
    assertThat(WebhookLimits.warnings(eleven))
        .singleElement()
        .asString()
        .startsWith("good/eleven-webhooks.yaml:33:5: the workspace of server 'featurebase'")
        .contains("'Webhook 10', declared here");
  }

  @Test
  void relativePathsAreResolvedAgainstTheBaseDirectory() throws IOException {
    Files.createDirectories(dir.resolve("featurebase"));
    Files.writeString(
        dir.resolve(ConfigLoader.DEFAULT_FILE), MINIMAL.replace("A\n", "A\n    status: nope\n"));

    assertThatThrownBy(
            () -> new ConfigLoader(n -> null, dir).load(dir.resolve(ConfigLoader.DEFAULT_FILE)))
        .hasMessageContaining(
            "featurebase/webhooks.yaml:4:13: webhooks[0].status: \"nope\" is not one of")
        .hasMessageNotContaining(dir.toString());
  }

  @Test
  void aMissingFileIsOneProblem() {
    assertThatThrownBy(() -> new ConfigLoader(n -> null, dir).load(Path.of("nope.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("1 problem in nope.yaml:\nnope.yaml:1:1: (file): no such file or directory");
  }

  @Test
  void anEmptyDirectoryIsOneProblem() {
    assertThatThrownBy(() -> new ConfigLoader(n -> null, dir).load(Path.of(".")))
        .hasMessageEndingWith("(file): the directory holds no *.yaml or *.yml file");
  }

  @Test
  void resolvesEveryReferenceOfAHeaderValueAndTheLiteralEscape() throws IOException {
    Path file =
        write(
            MINIMAL
                + "    requestConfig:\n      headers:\n        X-T: \"$${literal} ${env:A}:${env:B}\"\n        X-Plain: \"$${not a reference}\"\n");
    Map<String, String> env = Map.of("A", "one", "B", "two");

    DesiredWebhook webhook =
        new ConfigLoader(env::get).load(file).workspaces().get(0).webhooks().get(0);

    assertThat(webhook.headers().get("X-T"))
        .isEqualTo(new HeaderValue("${literal} one:two", true, List.of("A", "B")));
    assertThat(webhook.headers().get("X-T").printable())
        .isEqualTo("(sensitive, from ${env:A}, ${env:B})");
    assertThat(webhook.headers().get("X-Plain"))
        .isEqualTo(new HeaderValue("${not a reference}", false));
  }

  @Test
  void neverPrintsAResolvedValue() throws IOException {
    Path file = write(MINIMAL + "    requestConfig:\n      headers:\n        X-T: ${env:SECRET}\n");
    String secret = "s3cr3t-value-".repeat(100);

    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () -> new ConfigLoader(Map.of("SECRET", secret)::get).load(file));

    assertThat(e.getMessage())
        .contains("resolves to more than 1024 characters")
        .doesNotContain("s3cr3t")
        .doesNotContain("1300");
  }

  @Test
  void acceptsAUtf8ByteOrderMarkAndCrlfLineBreaksWithTrueLineNumbers() throws IOException {
    String crlf = (MINIMAL + "    status: nope\n").replace("\n", "\r\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = dir.resolve("w.yaml");
    Files.write(file, concat(bom, crlf.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(file))
        .hasMessageContaining("w.yaml:6:13: webhooks[0].status:");
    Files.write(
        file,
        concat(bom, crlf.replace("    status: nope\r\n", "").getBytes(StandardCharsets.UTF_8)));
    assertThat(new ConfigLoader(n -> null).load(file).webhookCount()).isEqualTo(1);
  }

  @Test
  void refusesWhatIsNotUtf8() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(
        latin1, (MINIMAL + "    description: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = dir.resolve("utf16.yaml");
    Files.write(
        utf16,
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, MINIMAL.getBytes(StandardCharsets.UTF_16LE)));

    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(latin1))
        .hasMessageEndingWith(
            "latin1.yaml:6:21: (file): the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(utf16))
        .hasMessageEndingWith(
            "(file): the file is UTF-16 or UTF-32 encoded; save it as UTF-8 instead");
  }

  @Test
  void placesAnInvalidByteByLinesOfAnyEndingAndAfterAByteOrderMark() throws IOException {
    Path crlf = dir.resolve("crlf.yaml");
    Files.write(
        crlf,
        (MINIMAL.replace("\n", "\r\n") + "    description: caf\u00e9\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    Path cr = dir.resolve("cr.yaml");
    Files.write(
        cr, ("version: 1\rwebhooks: []\r# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    Path bom = dir.resolve("bom.yaml");
    Files.write(
        bom,
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            ("version: 1\n# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1)));

    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(crlf))
        .hasMessageEndingWith(
            "crlf.yaml:6:21: (file): the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(cr))
        .hasMessageEndingWith(
            "cr.yaml:3:6: (file): the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(bom))
        .hasMessageEndingWith(
            "bom.yaml:2:6: (file): the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
  }

  @Test
  void aMissingFileSaysSo() {
    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(dir.resolve("absent.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("absent.yaml")
        .hasMessageContaining("no such file");
  }

  @Test
  void aFileOfExactlyOneMebibyteIsRead() throws IOException {
    Path file = dir.resolve("full.yaml");
    String padding = "# " + "x".repeat(SourceText.MAX_BYTES - MINIMAL.length() - 3) + "\n";
    Files.write(file, (MINIMAL + padding).getBytes(StandardCharsets.US_ASCII));

    assertThat(Files.size(file)).isEqualTo(SourceText.MAX_BYTES);
    assertThat(new ConfigLoader(n -> null).load(file).summary())
        .isEqualTo("1 webhook in 1 workspace");
  }

  @Test
  void refusesControlCharacters() throws IOException {
    Path file = write("version: 1\nwebhooks: []\u0007\n");

    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(file))
        .hasMessageEndingWith(
            ":2:13: (file): the file contains the control character U+0007; remove it (names, descriptions and header values never hold control characters)");
  }

  @Test
  void refusesHugeFilesWithoutReadingThem() throws IOException {
    Path file = dir.resolve("huge.yaml");
    Files.write(
        file, ("# " + "x".repeat(SourceText.MAX_BYTES) + "\n").getBytes(StandardCharsets.US_ASCII));

    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("the file is larger than 1 MiB");
  }

  @Test
  void refusesDeepNestingQuickly() throws IOException {
    Path flow = write("version: 1\nwebhooks: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
    Path block = dir.resolve("block.yaml");
    StringBuilder yaml = new StringBuilder("version: 1\n");
    for (int i = 0; i < 200; i++) {
      yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    Files.writeString(block, yaml);

    long start = System.nanoTime();
    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(flow))
        .hasMessageContaining("nested deeper than 32 levels");
    assertThatThrownBy(() -> new ConfigLoader(n -> null).load(block))
        .hasMessageContaining("nested deeper than 32 levels");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aBillionLaughsIsRefusedAtOnce() {
    long start = System.nanoTime();
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> Corpus.loader().load(Path.of("bad/billion-laughs.yaml")));

    assertThat(e.problems()).hasSize(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void reportsAtMostTwoHundredProblems() throws IOException {
    StringBuilder yaml = new StringBuilder("version: 1\nwebhooks:\n");
    for (int i = 0; i < 300; i++) {
      yaml.append("  - name: W")
          .append(i)
          .append("\n    url: http://example.com/\n    topics: [nope]\n");
    }
    Path file = write(yaml.toString());

    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> new ConfigLoader(n -> null).load(file));

    assertThat(e.problems()).hasSize(Problems.LIMIT + 1);
    assertThat(e.problems().get(Problems.LIMIT).message()).startsWith("more than 200 problems");
  }

  @Test
  void expandsGlobsInTopicOrder() {
    assertThat(TopicPatterns.expand("*")).containsExactly(Topic.values());
    assertThat(TopicPatterns.expand("*.deleted"))
        .containsExactly(
            Topic.POST_DELETED,
            Topic.TICKET_DELETED,
            Topic.COMMENT_DELETED,
            Topic.CONVERSATION_DELETED);
    assertThat(TopicPatterns.expand("conversation_part.*"))
        .containsExactly(Topic.CONVERSATION_PART_REDACTED);
    assertThat(TopicPatterns.expand("post.voted")).containsExactly(Topic.POST_VOTED);
    assertThat(TopicPatterns.expand("post.+")).isEmpty();
  }

  @Test
  void defaultsAreThoseTheModelDocuments() {
    DesiredWebhook webhook =
        new ConfigLoader(n -> null)
            .load(writeUnchecked(MINIMAL))
            .workspaces()
            .get(0)
            .webhooks()
            .get(0);

    assertThat(webhook.id()).isEmpty();
    assertThat(webhook.description()).isEmpty();
    assertThat(webhook.status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(webhook.timeoutMs()).isEmpty();
    assertThat(webhook.headers()).isEmpty();
    assertThat(webhook.preventDestroy()).isFalse();
    assertThat(webhook.ignoreChanges()).isEqualTo(Set.of());
    assertThat(webhook.location().line()).isEqualTo(3);
    assertThat(Optional.of(webhook.topics())).contains(List.of("post.created"));
  }

  private Path write(String yaml) throws IOException {
    Path file = Files.createTempFile(dir, "webhooks", ".yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private Path writeUnchecked(String yaml) {
    try {
      return write(yaml);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
