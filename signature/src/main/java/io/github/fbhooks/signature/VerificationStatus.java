package io.github.fbhooks.signature;

/** The outcome of checking a delivery's signature: verified, or why not. */
public enum VerificationStatus {
  /** The timestamp is fresh and one of the secrets produced the signature. */
  VERIFIED,
  /** No {@code X-Webhook-Timestamp} header, or an empty one. */
  MISSING_TIMESTAMP,
  /** No {@code X-Webhook-Signature} header, or an empty one. */
  MISSING_SIGNATURE,
  /** The timestamp is not Unix seconds as plain digits, or the header was sent twice. */
  MALFORMED_TIMESTAMP,
  /** The signature is not 64 hex characters without prefix, or the header was sent twice. */
  MALFORMED_SIGNATURE,
  /** The timestamp is further in the past than the tolerance: possibly a replay. */
  TIMESTAMP_TOO_OLD,
  /** The timestamp is further in the future than the tolerance: a clock is wrong. */
  TIMESTAMP_TOO_NEW,
  /** None of the secrets produced the signature: wrong or rotated secret, or a changed body. */
  NO_MATCHING_SECRET
}
