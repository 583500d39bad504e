package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

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

  /**
   * The status of a wire name.
   *
   * @param wireName e.g. {@code active}; may be null
   * @return the status, or empty for null or a name this version does not know (never {@link
   *     #UNKNOWN})
   */
  public static Optional<WebhookStatus> fromWireName(String wireName) {
    for (WebhookStatus status : values()) {
      if (status != UNKNOWN && status.wireName().equals(wireName)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** {@return whether a user may ask for this status (only active and paused)} */
  public boolean isUserSettable() {
    return this == ACTIVE || this == PAUSED;
  }
}
