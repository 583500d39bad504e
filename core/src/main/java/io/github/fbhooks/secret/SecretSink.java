package io.github.fbhooks.secret;

/**
 * A place a secret is handed to: a file, a build property, a CI step output.
 *
 * <p>Rotation checks every sink with {@link #preflight()} before it rotates, because the old secret
 * dies at once: a sink that fails only after the rotation would lose the new secret.
 */
public interface SecretSink {

  /**
   * {@return where this sink writes, for log lines, e.g. {@code file target/secret.env (dotenv)}}
   */
  String describe();

  /**
   * Checks that {@link #write} will succeed, without writing the secret.
   *
   * @throws SecretOutputException when the output cannot be written
   */
  void preflight();

  /**
   * Hands the secret over.
   *
   * @param document the secret and its webhook
   * @throws SecretOutputException when the output cannot be written
   */
  void write(SecretDocument document);
}
