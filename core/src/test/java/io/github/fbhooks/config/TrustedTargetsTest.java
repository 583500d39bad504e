package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedTargetsTest {

  private static final URI TRUSTED = URI.create("https://do.featurebase.app");

  @TempDir Path dir;

  private WebhooksConfig load(String yaml) throws IOException {
    Path file = dir.resolve("webhooks.yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader(n -> null, dir).load(file);
  }

  private static String workspace(String serverId, String baseUrl) {
    return "  - serverId: "
        + serverId
        + "\n"
        + (baseUrl == null ? "" : "    baseUrl: " + baseUrl + "\n")
        + "    webhooks: []\n";
  }

  @Test
  void aFileWithoutServerOrBaseUrlUsesTheBuildsOwn() throws IOException {
    WebhooksConfig config =
        load(
            "version: 1\nwebhooks:\n  - name: A\n    url: https://e.example/a\n"
                + "    topics: [post.created]\n");

    List<WorkspaceTarget> targets = TrustedTargets.of(TRUSTED, "ops").targetsOf(config);

    assertThat(targets)
        .singleElement()
        .isEqualTo(new WorkspaceTarget(TRUSTED, "ops", java.util.Optional.empty()));
  }

  @Test
  void refusesEveryUntrustedValueAtOnceWithItsLocation() throws IOException {
    WebhooksConfig config =
        load(
            "version: 1\nworkspaces:\n"
                + workspace("featurebase", "https://collector.evil.example")
                + workspace("prod", null)
                + workspace("featurebase", "https://do.featurebase.app/"));

    UntrustedTargetException e =
        catchThrowableOfType(
            UntrustedTargetException.class,
            () -> TrustedTargets.of(TRUSTED, "featurebase").targetsOf(config));

    assertThat(e.untrusted())
        .extracting(UntrustedTargetException.Untrusted::toString)
        .containsExactly(
            "webhooks.yaml:4:14: baseUrl https://collector.evil.example is not a base URL this"
                + " build trusts with an API key",
            "webhooks.yaml:6:15: serverId prod is not a server id this build trusts"
                + " with an API key");
    assertThat(e).hasMessageContaining("Nothing was sent");
  }

  @Test
  void anAllowListAcceptsWhatItNames() throws IOException {
    WebhooksConfig config =
        load(
            "version: 1\nworkspaces:\n"
                + workspace("eu", "https://EU.featurebase.example:443/")
                + workspace("featurebase", null));

    List<WorkspaceTarget> targets =
        TrustedTargets.of(TRUSTED, "featurebase")
            .allowing(List.of(URI.create("https://eu.featurebase.example")), List.of("eu"))
            .targetsOf(config);

    assertThat(targets)
        .extracting(WorkspaceTarget::baseUrl, WorkspaceTarget::serverId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(URI.create("https://eu.featurebase.example"), "eu"),
            org.assertj.core.groups.Tuple.tuple(TRUSTED, "featurebase"));
  }

  @Test
  void theValueOfAServerIdIsEscapedWherePrinted() {
    UntrustedTargetException.Untrusted entry =
        new UntrustedTargetException.Untrusted(
            new SourceLocation(Path.of("w.yaml"), 1, 1),
            UntrustedTargetException.Kind.SERVER_ID,
            "x\n[INFO] BUILD SUCCESS");

    assertThat(entry.toString()).doesNotContain("\n").contains("x\\n[INFO]");
  }
}
