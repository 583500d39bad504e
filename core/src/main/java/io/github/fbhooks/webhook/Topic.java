package io.github.fbhooks.webhook;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 27 event topics a Featurebase webhook can subscribe to, with their wire names.
 *
 * <p>The API may add topics in later versions; the webhook model therefore keeps topics as wire
 * strings and this enum is the catalogue that validation checks against.
 */
public enum Topic {
  POST_CREATED("post.created"),
  POST_UPDATED("post.updated"),
  POST_DELETED("post.deleted"),
  POST_VOTED("post.voted"),
  TICKET_CREATED("ticket.created"),
  TICKET_UPDATED("ticket.updated"),
  TICKET_DELETED("ticket.deleted"),
  CHANGELOG_PUBLISHED("changelog.published"),
  COMMENT_CREATED("comment.created"),
  COMMENT_UPDATED("comment.updated"),
  COMMENT_DELETED("comment.deleted"),
  CONVERSATION_USER_CREATED("conversation.user.created"),
  CONVERSATION_USER_REPLIED("conversation.user.replied"),
  CONVERSATION_ADMIN_REPLIED("conversation.admin.replied"),
  CONVERSATION_ADMIN_CLOSED("conversation.admin.closed"),
  CONVERSATION_HANDOVER_REQUESTED("conversation.handover_requested"),
  CONVERSATION_ADMIN_ASSIGNED("conversation.admin.assigned"),
  CONVERSATION_ADMIN_NOTED("conversation.admin.noted"),
  CONVERSATION_ADMIN_SNOOZED("conversation.admin.snoozed"),
  CONVERSATION_ADMIN_UNSNOOZED("conversation.admin.unsnoozed"),
  CONVERSATION_ADMIN_OPENED("conversation.admin.opened"),
  CONVERSATION_PRIORITY_UPDATED("conversation.priority.updated"),
  CONVERSATION_DELETED("conversation.deleted"),
  CONVERSATION_CONTACT_ATTACHED("conversation.contact.attached"),
  CONVERSATION_CONTACT_DETACHED("conversation.contact.detached"),
  CONVERSATION_READ("conversation.read"),
  CONVERSATION_PART_REDACTED("conversation_part.redacted");

  private static final Map<String, Topic> BY_WIRE_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(Topic::wireName, Function.identity()));

  private final String wireName;

  Topic(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Orders topic wire names as this catalogue lists them, unknown names last (alphabetically), so
   * plans, imports and formatted files list topics alike.
   */
  public static final Comparator<String> CATALOGUE_ORDER =
      Comparator.comparingInt(
              (String wireName) ->
                  fromWireName(wireName).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
          .thenComparing(Comparator.naturalOrder());

  /** {@return the name Featurebase uses on the wire, e.g. {@code post.created}} */
  public String wireName() {
    return wireName;
  }

  /** {@return the resource part of the topic, e.g. {@code conversation} for conversation.read} */
  public String resource() {
    int dot = wireName.indexOf('.');
    return wireName.substring(0, dot);
  }

  /**
   * Looks a topic up by its wire name.
   *
   * @param wireName for example {@code post.voted}
   * @return the topic, or empty when Featurebase documents no such topic
   */
  public static Optional<Topic> fromWireName(String wireName) {
    return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
