package io.github.fbhooks.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TopicTest {

  @Test
  void hasTheTwentySevenDocumentedTopics() {
    String documented =
        "post.created post.updated post.deleted post.voted ticket.created ticket.updated"
            + " ticket.deleted changelog.published comment.created comment.updated"
            + " comment.deleted conversation.user.created conversation.user.replied"
            + " conversation.admin.replied conversation.admin.closed"
            + " conversation.handover_requested conversation.admin.assigned"
            + " conversation.admin.noted conversation.admin.snoozed conversation.admin.unsnoozed"
            + " conversation.admin.opened conversation.priority.updated conversation.deleted"
            + " conversation.contact.attached conversation.contact.detached conversation.read"
            + " conversation_part.redacted";

    assertThat(Arrays.stream(Topic.values()).map(Topic::wireName))
        .containsExactly(documented.split(" "));
  }

  @Test
  void looksUpByWireName() {
    assertThat(Topic.fromWireName("post.voted")).contains(Topic.POST_VOTED);
    assertThat(Topic.fromWireName("post.upvoted")).isEmpty();
    assertThat(Topic.CONVERSATION_PART_REDACTED.resource()).isEqualTo("conversation_part");
  }
}
