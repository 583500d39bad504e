package io.github.fbhooks.emulator;

import java.util.Objects;

/**
 * One event on its way to one webhook. The body is fixed when the event is created; each attempt
 * signs it afresh with the webhook's secret of that moment.
 *
 * @param eventId the event id, {@code notif_...}, shared by every webhook the event reaches
 * @param webhookId the receiving webhook
 * @param topic the topic's wire name
 * @param body the envelope, exactly as sent
 */
record Delivery(String eventId, String webhookId, String topic, byte[] body) {

  Delivery {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(topic, "topic");
    body = body.clone();
  }

  /** {@return what identifies this delivery among all: the event and the receiving webhook} */
  Key key() {
    return new Key(eventId, webhookId);
  }

  /**
   * One event to one webhook.
   *
   * @param eventId the event
   * @param webhookId the webhook
   */
  record Key(String eventId, String webhookId) {}

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return "Delivery[" + eventId + " (" + topic + ") to " + webhookId + "]";
  }
}
