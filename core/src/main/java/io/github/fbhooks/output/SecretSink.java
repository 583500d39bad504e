package io.github.fbhooks.output;

/**
 * A place a secret is handed to: a file, a build property, a CI step output.
 *
 * <p>The old secret dies the moment Featurebase issues a new one, so an output that fails only
 * after a rotation would lose the new secret. Every sink is therefore prepared before anything is
 * sent: {@link #prepare()} creates what the write needs (for a file: the directory and a temporary
 * file beside the target, with the space the secret needs reserved), so that {@link #write} can
 * hardly fail; {@link #release()} gives that back when no write follows. A dry run calls {@link
 * #check()} instead, which changes nothing.
 */
public interface SecretSink {

  /**
   * {@return where this sink writes, for log lines, e.g. {@code file target/secret.env (dotenv)}}
   */
  String describe();

  /**
   * Checks, changing nothing (no directory, no file), that the output could be written: for dry
   * runs.
   *
   * @throws SecretOutputException when the output cannot be written
   */
  void check();

  /**
   * Prepares the write, without writing the secret: after it returns, {@link #write} needs no more
   * space or permission than it already has.
   *
   * @throws SecretOutputException when the output cannot be written
   */
  void prepare();

  /**
   * Hands the secret over, using what {@link #prepare()} reserved where it ran.
   *
   * @param document the secret and its webhook
   * @throws SecretOutputException when the output cannot be written
   */
  void write(SecretDocument document);

  /** Gives back what {@link #prepare()} reserved and {@link #write} did not use; never throws. */
  default void release() {}
}
