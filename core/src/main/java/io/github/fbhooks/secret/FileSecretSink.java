package io.github.fbhooks.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes the secret to a file, atomically and readable by its owner only, in one of the {@link
 * SecretFormat}s.
 *
 * @param file the target file
 * @param format the layout of the file
 * @param propertyKey the key of the secret in the properties format
 * @param files the writer
 */
public record FileSecretSink(
    Path file, SecretFormat format, String propertyKey, OwnerOnlyFiles files)
    implements SecretSink {

  /** Checks that every field is present. */
  public FileSecretSink {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(propertyKey, "propertyKey");
    Objects.requireNonNull(files, "files");
  }

  @Override
  public String describe() {
    return "file " + file + " (" + format.id() + ", owner-only)";
  }

  @Override
  public void preflight() {
    try {
      files.checkWritable(file);
    } catch (IOException e) {
      throw new SecretOutputException(
          "Cannot write the secret file "
              + file.toAbsolutePath()
              + ": "
              + describe(e)
              + ". Nothing was rotated. Point -Dfeaturebase.secretFile at a writable location.",
          e);
    }
  }

  @Override
  public void write(SecretDocument document) {
    try {
      files.write(file, format.render(document, propertyKey).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SecretOutputException(
          "Could not write the secret file " + file.toAbsolutePath() + ": " + describe(e) + ".", e);
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }
}
