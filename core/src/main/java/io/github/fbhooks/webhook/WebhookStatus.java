package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The delivery status of a webhook. */
public enum WebhookStatus {
  /** Events are delivered. */
  @JsonProperty("active")
  ACTIVE,
  /** Deliveries are paused by the user. */
  @JsonProperty("paused")
  PAUSED,
  /** Set by Featurebase alone after repeated delivery failures; PATCH {@code active} lifts it. */
  @JsonProperty("suspended")
  SUSPENDED,
  /** A status this version of fbhooks does not know (a newer API version added it). */
  @JsonEnumDefaultValue
  UNKNOWN;

  /** {@return the wire name, e.g. {@code active}} */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** {@return whether a user may ask for this status (only active and paused)} */
  public boolean isUserSettable() {
    return this == ACTIVE || this == PAUSED;
  }
}
