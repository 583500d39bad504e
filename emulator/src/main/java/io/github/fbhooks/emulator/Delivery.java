package io.github.fbhooks.emulator;

import java.util.Objects;

/**
 * One event on its way to one webhook. The body is fixed when the event is created; each attempt
 * signs it afresh with the webhook's secret of that moment.
 *
 * @param eventId the event id, {@code notif_...}, unique per webhook
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

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return "Delivery[" + eventId + " (" + topic + ") to " + webhookId + "]";
  }
}
