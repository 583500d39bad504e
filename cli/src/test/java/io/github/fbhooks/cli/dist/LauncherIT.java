package io.github.fbhooks.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher, {@code bin/fbhooks}, as a process: exit codes, nothing on stderr,
 * the class-data-sharing archive used where it fits, and a silent run without it where it does not
 * (another directory, another Java, a damaged archive).
 */
class LauncherIT {

  private static final String VALID =
      """
      version: 1
      webhooks:
        - name: Production Webhook
          url: https://example.com/hook
          topics: [post.created]
      """;

  @TempDir Path dir;

  @Test
  void versionPrintsTheVersionAndNothingElse() throws Exception {
    Processes.Result run = launcher(Processes.distribution(), Map.of(), "version");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("fbhooks " + version() + "\nJava ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateExitsZeroOnAValidFileAndOneWithTheLineOfAProblem() throws Exception {
    Files.writeString(dir.resolve("good.yaml"), VALID);
    Files.writeString(
        dir.resolve("bad.yaml"),
        "version: 1\nwebhooks:\n  - name: x\n    url: http://example.com\n");

    Processes.Result good =
        launcher(Processes.distribution(), Map.of(), "validate", "--config=good.yaml");
    Processes.Result bad =
        launcher(Processes.distribution(), Map.of(), "validate", "--config=bad.yaml");
    Processes.Result usage = launcher(Processes.distribution(), Map.of(), "no-such-command");

    assertThat(good.code()).as("%s", good).isZero();
    assertThat(good.err()).isEmpty();
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("bad.yaml:4:");
    assertThat(usage.code()).isEqualTo(1);
  }

  @Test
  void theArchiveTheBuildMadeIsUsed() throws Exception {
    assumeTrue(
        Files.exists(Processes.distribution().resolve("lib/fbhooks.jsa")),
        "built with -Dfbhooks.cds.skip=true");
    Path log = dir.resolve("classes.log");

    Processes.Result run =
        launcher(
            Processes.distribution(),
            Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
            "version");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(log))
        .contains("io.github.fbhooks.cli.FbhooksCli source: shared objects file")
        .contains("picocli.CommandLine source: shared objects file");

    Processes.Result off =
        launcher(
            Processes.distribution(),
            Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log, "FBHOOKS_CDS", "off"),
            "version");
    assertThat(off.code()).isZero();
    assertThat(Files.readString(log))
        .doesNotContain("io.github.fbhooks.cli.FbhooksCli source: shared objects file");
  }

  @Test
  void movedElsewhereItRunsSilentlyWithoutTheArchiveUntilFbhooksCdsMakesOne() throws Exception {
    Path moved = copyOfDistribution();
    Path log = dir.resolve("classes.log");
    Map<String, String> logged = Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log);

    Processes.Result run = launcher(moved, logged, "version");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("fbhooks " + version() + "\nJava ").doesNotContain("cds");
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(log)).doesNotContain("FbhooksCli source: shared objects file");
  }

  @Test
  void aDamagedArchiveWhoseIdStillMatchesIsRefusedWithoutAWarning() throws Exception {
    assumeTrue(
        Files.exists(Processes.distribution().resolve("lib/fbhooks.jsa")),
        "built with -Dfbhooks.cds.skip=true");
    Path moved = copyOfDistribution();
    // the id of the moved jar, as bin/fbhooks-cds would write it: only the archive is wrong
    Path id = moved.resolve("lib/fbhooks.jsa.id");
    String original =
        Processes.distribution().resolve("lib/fbhooks-cli.jar").toRealPath().toString();
    String relocated = moved.resolve("lib/fbhooks-cli.jar").toRealPath().toString();
    Files.writeString(id, Files.readString(id).replace(original, relocated));
    Files.write(moved.resolve("lib/fbhooks.jsa"), new byte[4096]);

    Processes.Result run = launcher(moved, Map.of(), "version");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("fbhooks " + version() + "\nJava ");
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anotherJavaRunsWithoutTheArchiveAndWithoutAWarning() throws Exception {
    Optional<Path> other = otherJava();
    assumeTrue(other.isPresent(), "no second JDK next to " + Processes.javaHome());

    Processes.Result run =
        launcher(Processes.distribution(), Map.of("JAVA_HOME", other.get().toString()), "version");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.out()).startsWith("fbhooks " + version() + "\nJava ");
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aSymbolicLinkToTheLauncherWorks() throws Exception {
    Path link = dir.resolve("path/fbhooks");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(
        link, Processes.distribution().resolve("bin/fbhooks").toAbsolutePath());

    Processes.Result run = run(link, Map.of(), "version");

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(run.err()).isEmpty();
  }

  private Processes.Result launcher(Path distribution, Map<String, String> env, String... args)
      throws Exception {
    return run(distribution.resolve("bin/fbhooks"), env, args);
  }

  private Processes.Result run(Path script, Map<String, String> env, String... args)
      throws Exception {
    Map<String, String> all = new HashMap<>();
    all.put("JAVA_HOME", Processes.javaHome().toString());
    all.putAll(env);
    List<String> command =
        Stream.concat(Stream.of(script.toAbsolutePath().toString()), Stream.of(args)).toList();
    return Processes.run(dir, all, command);
  }

  /** A copy of the distribution directory, archive and id included, somewhere else. */
  private Path copyOfDistribution() throws IOException {
    Path copy = dir.resolve("elsewhere/fbhooks");
    try (Stream<Path> files = Files.walk(Processes.distribution())) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(Processes.distribution().relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return copy;
  }

  /** A JDK beside the one running the tests, of another version (e.g. 25 beside 17). */
  private static Optional<Path> otherJava() throws IOException {
    Path home = Processes.javaHome().toRealPath();
    try (Stream<Path> homes = Files.list(home.getParent())) {
      return homes
          .filter(candidate -> Files.isExecutable(candidate.resolve("bin/java")))
          .filter(candidate -> Files.exists(candidate.resolve("release")))
          .filter(candidate -> !realPath(candidate).equals(home))
          .findFirst();
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }

  private static String version() {
    String name = Processes.distribution().getFileName().toString();
    return name.substring("fbhooks-cli-".length());
  }
}
