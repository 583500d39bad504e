package io.github.fbhooks.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fbhooks.log.RecordingLog;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretSinkTest {

  private static final SecretDocument DOCUMENT =
      new SecretDocument("507f1f77bcf86cd799439011", "hook", Secret.of("whsec_new"), Instant.EPOCH);

  @TempDir Path dir;

  private final RecordingLog log = new RecordingLog(true);

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
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
        .as("directories it creates are owner-only too")
        .isEqualTo("rwx------");
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
    FileSecretSink sink = sink(file);
    sink.prepare();
    sink.write(DOCUMENT);
    sink.release();

    assertThat(names(dir)).containsExactly("webhook.secret");
  }

  @Test
  void prepareReservesTheRealTemporaryFileBesideTheTargetWithoutTheSecret() throws IOException {
    Path file = dir.resolve("out/webhook.secret");
    FileSecretSink sink = sink(file);

    sink.prepare();

    assertThat(file).doesNotExist();
    List<Path> reserved = list(dir.resolve("out"));
    assertThat(reserved)
        .singleElement()
        .satisfies(p -> assertThat(p.getFileName().toString()).startsWith(".fbhooks-"));
    assertThat(Files.size(reserved.get(0))).isEqualTo(FileSecretSink.RESERVED_BYTES);
    assertThat(Files.readAllBytes(reserved.get(0))).containsOnly((byte) 0);

    sink.write(DOCUMENT);

    assertThat(file).hasContent("whsec_new");
    assertThat(names(dir.resolve("out"))).containsExactly("webhook.secret");
  }

  @Test
  void releaseWithoutWriteLeavesNothing() throws IOException {
    FileSecretSink sink = sink(dir.resolve("webhook.secret"));

    sink.prepare();
    sink.release();

    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aFullDiskFailsAtPrepareBeforeAnythingIsRotated() throws IOException {
    OwnerOnlyFiles full =
        new OwnerOnlyFiles(
            log,
            (channel, buffer) -> {
              throw new IOException("No space left on device");
            });
    FileSecretSink sink =
        new FileSecretSink(dir.resolve("webhook.secret"), SecretFormat.RAW, "p", full);

    assertThatThrownBy(sink::prepare)
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining("No space left on device")
        .hasMessageContaining("Nothing was changed at Featurebase");
    assertThat(names(dir)).as("no reserved file left behind").isEmpty();
  }

  @Test
  void checkCreatesNoDirectoryAndNoFile() {
    Path file = dir.resolve("a/b/c/webhook.secret");

    sink(file).check();

    assertThat(dir.resolve("a")).doesNotExist();
  }

  @Test
  void checkFailsForADirectoryWithAClearMessage() throws IOException {
    Path target = Files.createDirectory(dir.resolve("is-a-dir"));

    assertThatThrownBy(() -> sink(target).check())
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining(target.toString())
        .hasMessageContaining("Nothing was changed at Featurebase")
        .hasMessageContaining("Point the secret file at a writable location");
    assertThatThrownBy(() -> sink(target).prepare()).isInstanceOf(SecretOutputException.class);
  }

  @Test
  void messagesNameTheFileAsTheCallerShowsIt() throws IOException {
    Path target = Files.createDirectory(dir.resolve("is-a-dir"));
    FileSecretSink sink =
        new FileSecretSink(
            target, "target/is-a-dir", SecretFormat.RAW, "p", new OwnerOnlyFiles(log));

    assertThat(sink.describe()).isEqualTo("file target/is-a-dir (raw, owner-only)");
    assertThatThrownBy(sink::check)
        .isInstanceOf(SecretOutputException.class)
        .hasMessageStartingWith("Cannot write the secret file target/is-a-dir: ");
    assertThat(sink.file()).isEqualTo(target);
  }

  @Test
  void checkFailsBelowAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");

    assertThatThrownBy(() -> sink(file.resolve("webhook.secret")).check())
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining(file + " is not a directory");
  }

  @Test
  void preparingTwiceKeepsOneReservation() throws IOException {
    FileSecretSink sink = sink(dir.resolve("webhook.secret"));

    sink.prepare();
    sink.prepare();
    assertThat(names(dir)).hasSize(1);
    sink.write(DOCUMENT);

    assertThat(names(dir)).containsExactly("webhook.secret");
  }

  @Test
  void saysWhatItIsAndInWhichFormat() {
    FileSecretSink sink =
        new FileSecretSink(
            dir.resolve("webhook.env"),
            "target/webhook.env",
            SecretFormat.DOTENV,
            "p",
            new OwnerOnlyFiles(log));

    assertThat(sink.format()).isEqualTo(SecretFormat.DOTENV);
    assertThat(sink.file()).isEqualTo(dir.resolve("webhook.env"));
    assertThat(sink.toString()).isEqualTo("FileSecretSink[" + sink.describe() + "]");
    assertThat(sink.describe()).startsWith("file target/webhook.env (");
  }

  @Test
  void prepareFailsWhereNoFileCanBeCreated() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
    assumeTrue(!Files.isWritable(readOnly), "running as a user that ignores permissions");

    assertThatThrownBy(() -> sink(readOnly.resolve("s")).prepare())
        .isInstanceOf(SecretOutputException.class);
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  private static List<String> names(Path directory) throws IOException {
    return list(directory).stream().map(p -> p.getFileName().toString()).toList();
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

    FileSecretSink sink = sink(shared.resolve("s"));
    sink.prepare();
    sink.release();

    assertThat(log.warnings()).singleElement().asString().contains("writable by every user");
  }

  @Test
  void aDryRunWarnsAboutAWorldWritableDirectoryToo() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    sink(shared.resolve("s")).check();

    assertThat(log.warnings()).singleElement().asString().contains("writable by every user");
    assertThat(names(shared)).isEmpty();
  }

  @Test
  void withoutPosixPermissionsOrAclsItStillWritesAndSaysTheFileIsNotRestricted()
      throws IOException {
    assumeTrue(!FileSystems.getDefault().supportedFileAttributeViews().contains("acl"));
    Path shared = Files.createDirectory(dir.resolve("shared"));
    OwnerOnlyFiles files =
        new OwnerOnlyFiles(
            log,
            (channel, buffer) -> {
              while (buffer.hasRemaining()) {
                channel.write(buffer);
              }
            },
            false);
    FileSecretSink sink = new FileSecretSink(shared.resolve("s"), SecretFormat.RAW, "p", files);

    sink.check();
    sink.prepare();
    sink.write(DOCUMENT);

    assertThat(shared.resolve("s")).hasContent("whsec_new");
    assertThat(names(shared)).containsExactly("s");
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("Could not restrict " + shared)
        .contains("neither POSIX permissions nor ACLs");
  }

  @Test
  void releaseNeverThrowsAndSaysWhenItCannotDeleteTheReservedFile() throws IOException {
    FileSecretSink sink = sink(dir.resolve("webhook.secret"));
    sink.prepare();
    Path reserved = list(dir).get(0);
    // a non-empty directory in its place cannot be deleted
    Files.delete(reserved);
    Files.writeString(Files.createDirectory(reserved).resolve("x"), "x");

    sink.release();

    assertThat(log.warnings())
        .singleElement()
        .asString()
        .startsWith("Could not delete the temporary file " + reserved);
  }
}
