package io.github.fbhooks.secret;

import java.time.Instant;
import java.util.Objects;

/**
 * What a secret output receives: the secret and which webhook it signs for.
 *
 * @param webhookId the webhook id
 * @param webhookName the webhook name
 * @param secret the signing secret
 * @param issuedAt when fbhooks obtained it (rotation or read)
 */
public record SecretDocument(
    String webhookId, String webhookName, Secret secret, Instant issuedAt) {

  /** Checks that every field is present. */
  public SecretDocument {
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(webhookName, "webhookName");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }
}
