package io.github.fbhooks.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes the secret to a file, atomically and readable by its owner only, in one of the {@link
 * SecretFormat}s. {@link #prepare()} creates the temporary file the write will use, beside the
 * target, and reserves the space the secret needs in it, so a full disk or a read-only directory is
 * found before the secret is rotated, not after.
 */
public final class FileSecretSink implements SecretSink {

  /** Bytes reserved at {@link #prepare()}: more than any rendering of a secret document needs. */
  static final int RESERVED_BYTES = 4096;

  private final Path file;
  private final String shownAs;
  private final SecretFormat format;
  private final String propertyKey;
  private final OwnerOnlyFiles files;
  private OwnerOnlyFiles.Reservation reservation;

  /**
   * @param file the target file
   * @param format the layout of the file
   * @param propertyKey the key of the secret in the properties format
   * @param files the writer
   */
  public FileSecretSink(Path file, SecretFormat format, String propertyKey, OwnerOnlyFiles files) {
    this(file, file.toString(), format, propertyKey, files);
  }

  /**
   * @param file the target file
   * @param shownAs how messages name the file, e.g. relative to the directory the user works in
   * @param format the layout of the file
   * @param propertyKey the key of the secret in the properties format
   * @param files the writer
   */
  public FileSecretSink(
      Path file, String shownAs, SecretFormat format, String propertyKey, OwnerOnlyFiles files) {
    this.file = Objects.requireNonNull(file, "file");
    this.shownAs = Objects.requireNonNull(shownAs, "shownAs");
    this.format = Objects.requireNonNull(format, "format");
    this.propertyKey = Objects.requireNonNull(propertyKey, "propertyKey");
    this.files = Objects.requireNonNull(files, "files");
  }

  /** {@return the target file} */
  public Path file() {
    return file;
  }

  /** {@return the layout of the file} */
  public SecretFormat format() {
    return format;
  }

  @Override
  public String describe() {
    return "file " + shownAs + " (" + format.id() + ", owner-only)";
  }

  @Override
  public void check() {
    try {
      files.checkWritable(file);
    } catch (IOException e) {
      throw unwritable(e);
    }
  }

  @Override
  public synchronized void prepare() {
    release();
    try {
      reservation = files.reserve(file, RESERVED_BYTES);
    } catch (IOException e) {
      throw unwritable(e);
    }
  }

  @Override
  public synchronized void write(SecretDocument document) {
    byte[] content = format.render(document, propertyKey).getBytes(StandardCharsets.UTF_8);
    try {
      if (reservation != null) {
        OwnerOnlyFiles.Reservation reserved = reservation;
        reservation = null;
        reserved.commit(content);
      } else {
        files.write(file, content);
      }
    } catch (IOException e) {
      throw new SecretOutputException(
          "Could not write the secret file " + shownAs + ": " + describe(e) + ".", e);
    }
  }

  @Override
  public synchronized void release() {
    if (reservation != null) {
      reservation.close();
      reservation = null;
    }
  }

  private SecretOutputException unwritable(IOException e) {
    String reason = "cannot write the secret file " + shownAs + ": " + describe(e);
    return new SecretOutputException(
        "C"
            + reason.substring(1)
            + ". Nothing was changed at Featurebase. Point the secret file at a writable location"
            + " with free space.",
        reason,
        e);
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

  @Override
  public String toString() {
    return "FileSecretSink[" + describe() + "]";
  }
}
