package io.github.fbhooks.secret;

import io.github.fbhooks.log.BuildLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

  private final BuildLog log;

  /**
   * @param log where permission warnings go
   */
  public OwnerOnlyFiles(BuildLog log) {
    this.log = log;
  }

  /**
   * Checks that {@link #write} can succeed: the parent directory exists (or can be created) and a
   * file can be created in it, and the target is not a directory. Writes no secret.
   *
   * @param target the file to check
   * @throws IOException when the file could not be written
   */
  public void checkWritable(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IOException(absolute + " is a directory");
    }
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path probe = createOwnerOnlyTempFile(dir);
    Files.delete(probe);
    warnIfShared(dir);
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
    Files.createDirectories(dir);
    Path temp = createOwnerOnlyTempFile(dir);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      move(temp, absolute);
    } finally {
      Files.deleteIfExists(temp);
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
    if (POSIX) {
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
    if (!POSIX) {
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
