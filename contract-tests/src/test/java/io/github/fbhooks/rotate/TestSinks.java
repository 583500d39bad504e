package io.github.fbhooks.rotate;

import io.github.fbhooks.output.SecretDocument;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;

/** Outputs that do something else when written: fail, or let another pipeline act meanwhile. */
final class TestSinks {

  private TestSinks() {}

  /**
   * An output whose write runs an action instead of writing.
   *
   * @param description how messages name the output
   * @param onWrite what happens when the secret is written, e.g. another run rotating
   * @return the output
   */
  static SecretSink acting(String description, Runnable onWrite) {
    return new SecretSink() {
      @Override
      public String describe() {
        return description;
      }

      @Override
      public void check() {}

      @Override
      public void prepare() {}

      @Override
      public void write(SecretDocument document) {
        onWrite.run();
      }
    };
  }

  /** {@return an output that fails when written ("disk full")} */
  static SecretSink broken() {
    return acting(
        "a broken output",
        () -> {
          throw new SecretOutputException("disk full", null);
        });
  }
}
