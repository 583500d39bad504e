package io.github.fbhooks.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The events made with {@code POST /__emulator/events} and how their first deliveries went, as
 * {@code GET /__emulator/events} answers: enough to tell whether every event reached a receiver on
 * its first delivery (as during an overlap rotation) or some had to wait for a retry (as when a
 * secret is rotated at once).
 *
 * @param events the events kept (at most 10,000), oldest first
 * @param summary the counts over those events
 */
public record EmulatorEvents(List<Event> events, Summary summary) {

  /**
   * @param events the events kept (at most 10,000), oldest first
   * @param summary the counts over those events
   */
  public EmulatorEvents {
    events = List.copyOf(events);
    Objects.requireNonNull(summary, "summary");
  }

  /** {@return the events and the counts made from them} */
  static EmulatorEvents of(List<Event> events) {
    return new EmulatorEvents(events, Summary.of(events));
  }

  /**
   * Finds an event by its id.
   *
   * @param id the event's id, {@code notif_...}
   * @return the event, or empty when it is not (or no longer) kept
   */
  public Optional<Event> event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * One event and the first attempt to each webhook it was delivered to.
   *
   * @param id the event's id, {@code notif_...}, the same in the body sent to every webhook
   * @param topic the topic, e.g. {@code post.updated}
   * @param createdAt the event's {@code createdAt}
   * @param webhooks the webhooks subscribed when the event was made, each with its first attempt
   */
  public record Event(String id, String topic, Instant createdAt, List<WebhookAttempt> webhooks) {

    /**
     * @param id the event's id
     * @param topic the topic
     * @param createdAt when the event was made
     * @param webhooks the receiving webhooks with their first attempts
     */
    public Event {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(createdAt, "createdAt");
      webhooks = List.copyOf(webhooks);
    }

    /**
     * Whether a receiver accepted the event on its first delivery.
     *
     * @return true when the first attempt to at least one webhook succeeded; false when every first
     *     attempt ended without success (also when no webhook was subscribed); empty while no first
     *     attempt has succeeded and some are still running
     */
    public Optional<Boolean> acceptedOnFirstDelivery() {
      List<FirstAttempt> firsts = webhooks.stream().map(WebhookAttempt::firstAttempt).toList();
      if (firsts.contains(FirstAttempt.SUCCEEDED)) {
        return Optional.of(true);
      }
      return firsts.contains(FirstAttempt.PENDING) ? Optional.empty() : Optional.of(false);
    }
  }

  /**
   * The first attempt of an event to one webhook.
   *
   * @param webhookId the receiving webhook
   * @param firstAttempt how that attempt went, or {@link FirstAttempt#PENDING} while it runs
   */
  public record WebhookAttempt(String webhookId, FirstAttempt firstAttempt) {

    /**
     * @param webhookId the receiving webhook
     * @param firstAttempt how the first attempt went
     */
    public WebhookAttempt {
      Objects.requireNonNull(webhookId, "webhookId");
      Objects.requireNonNull(firstAttempt, "firstAttempt");
    }
  }

  /**
   * How the first attempt of an event to a webhook went; the first four are the delivery log's
   * outcomes.
   */
  public enum FirstAttempt {
    /** The receiver answered 200, 201, 202 or 204 within the webhook's timeout. */
    SUCCEEDED,
    /**
     * Any other answer (a 401 for a signature the receiver rejects), a timeout or no connection.
     */
    FAILED,
    /** Not sent: the URL is outside this machine and external deliveries are not allowed. */
    REFUSED,
    /** Not sent: the webhook was paused, suspended or deleted before the attempt ran. */
    SKIPPED,
    /** Still running. */
    PENDING;

    /** {@return the name in the admin API's JSON, e.g. {@code succeeded}} */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The value of a wire name.
     *
     * @param wireName e.g. {@code succeeded}
     * @return the value, or empty for a name this version does not know
     */
    public static Optional<FirstAttempt> fromWireName(String wireName) {
      for (FirstAttempt a : values()) {
        if (a.wireName().equals(wireName)) {
          return Optional.of(a);
        }
      }
      return Optional.empty();
    }

    static FirstAttempt of(DeliveryAttempt.Outcome outcome) {
      return switch (outcome) {
        case SUCCEEDED -> SUCCEEDED;
        case FAILED -> FAILED;
        case REFUSED -> REFUSED;
        case SKIPPED -> SKIPPED;
      };
    }
  }

  /**
   * The counts over the events kept.
   *
   * @param events how many events
   * @param acceptedOnFirstDelivery events whose first attempt to at least one webhook succeeded
   * @param notAcceptedOnFirstDelivery events whose first attempts all ended without success
   * @param pending the other events: first attempts still running, none succeeded yet
   */
  public record Summary(
      int events, int acceptedOnFirstDelivery, int notAcceptedOnFirstDelivery, int pending) {

    static Summary of(List<Event> events) {
      int accepted = 0;
      int notAccepted = 0;
      for (Event e : events) {
        Optional<Boolean> answer = e.acceptedOnFirstDelivery();
        if (answer.isPresent()) {
          if (answer.get()) {
            accepted++;
          } else {
            notAccepted++;
          }
        }
      }
      return new Summary(
          events.size(), accepted, notAccepted, events.size() - accepted - notAccepted);
    }
  }
}
