package io.github.fbhooks.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fbhooks.log.BuildLog;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretSinkTest {

  private static final SecretDocument DOCUMENT =
      new SecretDocument("507f1f77bcf86cd799439011", "hook", Secret.of("whsec_new"), Instant.EPOCH);

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();
  private final BuildLog log =
      new BuildLog() {
        @Override
        public boolean isDebugEnabled() {
          return true;
        }

        @Override
        public void debug(Supplier<String> message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {
          warnings.add(message);
        }
      };

  private FileSecretSink sink(Path file) {
    return new FileSecretSink(file, SecretFormat.RAW, "p", new OwnerOnlyFiles(log));
  }

  @Test
  void writesOwnerOnlyAndCreatesDirectories() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("a/b/webhook.secret");

    sink(file).write(DOCUMENT);

    assertThat(file).hasContent("whsec_new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void replacesAnExistingFileAndTightensItsPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("webhook.secret");
    Files.writeString(file, "whsec_old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    sink(file).write(DOCUMENT);

    assertThat(file).hasContent("whsec_new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void leavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("webhook.secret");
    sink(file).preflight();
    sink(file).write(DOCUMENT);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("webhook.secret");
    }
  }

  @Test
  void preflightWritesNoSecret() {
    Path file = dir.resolve("webhook.secret");

    sink(file).preflight();

    assertThat(file).doesNotExist();
  }

  @Test
  void preflightFailsForADirectoryWithAClearMessage() throws IOException {
    Path target = Files.createDirectory(dir.resolve("is-a-dir"));

    assertThatThrownBy(() -> sink(target).preflight())
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining(target.toString())
        .hasMessageContaining("Nothing was rotated")
        .hasMessageContaining("-Dfeaturebase.secretFile");
  }

  @Test
  void preflightFailsWhereNoFileCanBeCreated() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
    assumeTrue(!Files.isWritable(readOnly), "running as a user that ignores permissions");

    assertThatThrownBy(() -> sink(readOnly.resolve("s")).preflight())
        .isInstanceOf(SecretOutputException.class);
  }

  @Test
  void failedWriteKeepsWhatWasThereAndLeavesNoTemporaryFile() throws IOException {
    Path occupied = Files.createDirectory(dir.resolve("occupied"));
    Files.writeString(occupied.resolve("keep.txt"), "kept");

    assertThatThrownBy(() -> sink(occupied).write(DOCUMENT))
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining(occupied.toString())
        .hasMessageNotContaining("whsec_new");
    assertThat(occupied.resolve("keep.txt")).hasContent("kept");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("occupied");
    }
  }

  @Test
  void warnsAboutAWorldWritableDirectory() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    sink(shared.resolve("s")).preflight();

    assertThat(warnings).singleElement().asString().contains("writable by every user");
  }
}
