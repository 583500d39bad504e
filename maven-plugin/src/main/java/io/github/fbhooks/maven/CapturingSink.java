package io.github.fbhooks.maven;

import io.github.fbhooks.secret.SecretDocument;
import io.github.fbhooks.secret.SecretSink;
import java.util.Optional;

/**
 * Keeps the handed-over secret in memory for the rest of this build, so that later reactor modules
 * get the project property without a second rotation. Never printed, never written.
 */
final class CapturingSink implements SecretSink {

  private volatile SecretDocument captured;

  @Override
  public String describe() {
    return "the other modules of this build";
  }

  @Override
  public void preflight() {}

  @Override
  public void write(SecretDocument document) {
    captured = document;
  }

  Optional<SecretDocument> captured() {
    return Optional.ofNullable(captured);
  }
}
