package io.github.fbhooks.output;

import io.github.fbhooks.secret.Secret;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a secret output receives: the secret and which webhook it signs for.
 *
 * <p>Its values go into structured outputs (dotenv, properties, JSON, {@code GITHUB_OUTPUT}), where
 * a line break would add a line of the sender's choosing (an {@code LD_PRELOAD=} in a dotenv file).
 * So the id must be a webhook id and the secret a well-formed {@code whsec_} secret (printable
 * ASCII), whatever the server said; anything else is refused before any output is written.
 *
 * @param webhookId the webhook id
 * @param webhookName the webhook name
 * @param secret the signing secret
 * @param obtainedAt when fbhooks obtained it: the rotation (rotate-secret) or the read
 *     (export-secret); Featurebase does not say when a secret was issued
 * @param previousSecret during an overlap rotation, the secret of the webhook being replaced, which
 *     keeps working until the rotation is completed; empty otherwise
 */
public record SecretDocument(
    String webhookId,
    String webhookName,
    Secret secret,
    Instant obtainedAt,
    Optional<Secret> previousSecret) {

  private static final Pattern WEBHOOK_ID = Pattern.compile("[0-9a-f]{24}");

  /**
   * Checks that every field is present and safe to write.
   *
   * @throws SecretOutputException when the id is not a webhook id or the secret is malformed
   */
  public SecretDocument {
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(webhookName, "webhookName");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(obtainedAt, "obtainedAt");
    Objects.requireNonNull(previousSecret, "previousSecret");
    if (!WEBHOOK_ID.matcher(webhookId).matches()) {
      throw new SecretOutputException(
          "Refusing to write the secret of a webhook whose id is not 24 lowercase hex characters;"
              + " no output was written. Check that the base URL points at the Featurebase API.",
          null);
    }
    if (!secret.isWellFormedWebhookSecret()
        || previousSecret.filter(p -> !p.isWellFormedWebhookSecret()).isPresent()) {
      throw new SecretOutputException(
          "Refusing to write the secret of webhook "
              + webhookId
              + ": it is not a well-formed whsec_ secret; no output was written. Check that the"
              + " base URL points at the Featurebase API.",
          null);
    }
  }

  /**
   * A document of one secret, with no previous one.
   *
   * @param webhookId the webhook id
   * @param webhookName the webhook name
   * @param secret the signing secret
   * @param obtainedAt when fbhooks obtained it
   */
  public SecretDocument(String webhookId, String webhookName, Secret secret, Instant obtainedAt) {
    this(webhookId, webhookName, secret, obtainedAt, Optional.empty());
  }
}
