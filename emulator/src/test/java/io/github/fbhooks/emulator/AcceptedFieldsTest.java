package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The emulator takes every field a client may send: a field added to the wire webhook fails here
 * until {@link WebhookValidator} (and with it {@link WebhookDraft} and {@link WebhookPatch})
 * accepts it, or it is listed as server-owned (the "add a field" path of ARCHITECTURE.md).
 */
class AcceptedFieldsTest {

  private static final Set<String> SERVER_OWNED =
      Set.of("id", "secret", "lastStatus", "health", "version", "createdAt", "updatedAt");

  @Test
  void everyUserOwnedFieldOfTheWireWebhookCanBeSent() {
    Set<String> userOwned =
        Arrays.stream(Webhook.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !SERVER_OWNED.contains(name))
            .collect(Collectors.toSet());
    Set<String> requestConfig =
        Arrays.stream(RequestConfig.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());

    assertThat(WebhookValidator.UPDATE_FIELDS).containsExactlyInAnyOrderElementsOf(userOwned);
    assertThat(WebhookValidator.DRAFT_FIELDS)
        .containsAll(
            WebhookValidator.UPDATE_FIELDS.stream()
                .filter(field -> !field.equals("status"))
                .toList());
    assertThat(WebhookValidator.REQUEST_CONFIG_FIELDS)
        .containsExactlyInAnyOrderElementsOf(requestConfig);
  }
}
