package io.github.fbhooks.output;

import io.github.fbhooks.log.BuildLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes files that only their owner may read, atomically: the content goes to a temporary file in
 * the same directory, created with owner-only permissions from the start (never readable by others,
 * not even for a moment), flushed to disk, then moved over the target in one step. A reader sees
 * the old file or the new one, never a half-written one, and no temporary file is left behind.
 */
public final class OwnerOnlyFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> OWNER_READ_WRITE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private final BuildLog log;
  private final ChannelWriter writer;
  private final boolean posix;

  /**
   * @param log where permission warnings go
   */
  public OwnerOnlyFiles(BuildLog log) {
    this(log, OwnerOnlyFiles::writeFully);
  }

  /** For tests: a writer that fails as a full disk would. */
  OwnerOnlyFiles(BuildLog log, ChannelWriter writer) {
    this(log, writer, POSIX);
  }

  /**
   * For tests: {@code posix} false writes as on a file system without POSIX permissions (Windows),
   * so that path runs on any machine.
   */
  OwnerOnlyFiles(BuildLog log, ChannelWriter writer, boolean posix) {
    this.log = log;
    this.writer = writer;
    this.posix = posix;
  }

  /** Writes a buffer to a channel; a seam for tests of a full disk. */
  @FunctionalInterface
  interface ChannelWriter {
    void write(FileChannel channel, ByteBuffer buffer) throws IOException;
  }

  /**
   * Checks, changing nothing, that {@link #write} could succeed: the target is not a directory, and
   * its directory, or the nearest ancestor that exists, is a writable directory. For dry runs: it
   * creates no directory and no file.
   *
   * @param target the file to check
   * @throws IOException when the file could not be written
   */
  public void checkWritable(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IOException(absolute + " is a directory");
    }
    Path existing = absolute.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new IOException((existing == null ? absolute : existing) + " is not a directory");
    }
    if (!Files.isWritable(existing)) {
      throw new AccessDeniedException(existing + " is not writable");
    }
    warnIfShared(existing);
  }

  /**
   * Prepares a write: creates the directory, then the owner-only temporary file beside the target
   * that {@link Reservation#commit} will fill and move over it, with {@code bytes} bytes written
   * and forced to disk, so that a full disk or a directory where files cannot be created fails now.
   * Warns about a directory every user may write to.
   *
   * @param target the file to write later
   * @param bytes how much space to reserve
   * @return the reservation; close it when no commit follows
   * @throws IOException when the space cannot be reserved; nothing is left behind then
   */
  public Reservation reserve(Path target, int bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IOException(absolute + " is a directory");
    }
    Path dir = absolute.getParent();
    createDirectories(dir);
    Path temp = createOwnerOnlyTempFile(dir);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      writer.write(channel, ByteBuffer.allocate(bytes));
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    warnIfShared(dir);
    return new Reservation(temp, absolute);
  }

  /**
   * Replaces the target atomically with the content, readable by the owner only.
   *
   * @param target the file to write
   * @param content the bytes to write
   * @throws IOException when the file could not be written; the target is then unchanged
   */
  public void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    createDirectories(dir);
    new Reservation(createOwnerOnlyTempFile(dir), absolute).commit(content);
  }

  /**
   * An owner-only temporary file beside a target, holding reserved space until {@link #commit}
   * fills it and moves it over the target, or {@link #close()} deletes it.
   */
  public final class Reservation implements AutoCloseable {
    private final Path temp;
    private final Path target;

    private Reservation(Path temp, Path target) {
      this.temp = temp;
      this.target = target;
    }

    /**
     * Writes the content into the reserved file, forces it to disk and moves it over the target in
     * one step. The file is gone afterwards, whatever happened.
     *
     * @param content the bytes
     * @throws IOException when the content could not be written; the target is then unchanged
     */
    public void commit(byte[] content) throws IOException {
      try {
        try (FileChannel channel =
            FileChannel.open(
                temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          writer.write(channel, ByteBuffer.wrap(content));
          channel.force(true);
        }
        move(temp, target);
      } finally {
        Files.deleteIfExists(temp);
      }
    }

    /** Deletes the reserved file; never throws. */
    @Override
    public void close() {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        log.warn("Could not delete the temporary file " + temp + " (" + e.getMessage() + ").");
      }
    }
  }

  /**
   * Creates the missing directories of a path owner-only ({@code rwx------}): whatever else a later
   * build step puts beside the secret there stays private too. Existing directories are left as
   * they are.
   */
  private void createDirectories(Path dir) throws IOException {
    if (posix) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
    } else {
      Files.createDirectories(dir);
    }
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // same directory, so this only happens on exotic file systems; still a single rename
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path createOwnerOnlyTempFile(Path dir) throws IOException {
    if (posix) {
      return Files.createTempFile(
          dir, ".fbhooks-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
    }
    Path temp = Files.createTempFile(dir, ".fbhooks-", ".tmp");
    if (!restrictByAcl(temp)) {
      log.warn(
          "Could not restrict "
              + dir
              + " files to their owner: the file system has neither POSIX permissions nor ACLs."
              + " Keep the secret file in a directory only you can read.");
    }
    return temp;
  }

  private static boolean restrictByAcl(Path file) throws IOException {
    AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
    if (view == null) {
      return false;
    }
    UserPrincipal owner = Files.getOwner(file);
    AclEntry ownerOnly =
        AclEntry.newBuilder()
            .setType(AclEntryType.ALLOW)
            .setPrincipal(owner)
            .setPermissions(EnumSet.allOf(AclEntryPermission.class))
            .build();
    view.setAcl(List.of(ownerOnly));
    return true;
  }

  private void warnIfShared(Path dir) throws IOException {
    if (!posix) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
    if (permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
      log.warn(
          "The secret file directory "
              + dir
              + " is writable by every user: another user could replace the file."
              + " Write the secret into a directory only you can write, e.g. under target/.");
    }
  }
}
