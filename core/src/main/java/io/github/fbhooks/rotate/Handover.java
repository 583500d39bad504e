package io.github.fbhooks.rotate;

import io.github.fbhooks.output.SecretDocument;
import java.util.Objects;

/**
 * What a rotation or export handed out: the result, and the live secret itself, for a front end
 * that hands the same secret to further outputs (the other modules of a build). The document's
 * secret prints redacted.
 *
 * @param result what happened, without the secret
 * @param document the live secret and its webhook; empty in a dry run
 */
public record Handover(RotationResult result, java.util.Optional<SecretDocument> document) {

  /** Checks the parts. */
  public Handover {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(document, "document");
  }
}
