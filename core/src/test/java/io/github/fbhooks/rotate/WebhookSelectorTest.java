package io.github.fbhooks.rotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSelectorTest {

  @Test
  void selectsByIdOrName() {
    assertThat(WebhookSelector.byId("507f1f77bcf86cd799439011").id())
        .contains("507f1f77bcf86cd799439011");
    assertThat(WebhookSelector.byName("Production").name()).contains("Production");
  }

  @Test
  void needsExactlyOne() {
    assertThatThrownBy(() -> new WebhookSelector(Optional.empty(), Optional.of("  ")))
        .isInstanceOf(WebhookSelectionException.class)
        .hasMessageContaining("webhookId=<id>")
        .hasMessageNotContaining("-D");
    assertThatThrownBy(
            () -> new WebhookSelector(Optional.of("507f1f77bcf86cd799439011"), Optional.of("x")))
        .isInstanceOf(WebhookSelectionException.class)
        .hasMessageContaining("give one of them");
  }

  @Test
  void refusesAMalformedIdBeforeAnyCall() {
    assertThatThrownBy(() -> WebhookSelector.byId("507F1F77BCF86CD799439011"))
        .isInstanceOf(WebhookSelectionException.class)
        .hasMessageContaining("24 lowercase hex characters");
  }

  @Test
  void aBlankIdCountsAsNoIdAndEachSaysWhatItSelects() {
    WebhookSelector byName = new WebhookSelector(Optional.of("  "), Optional.of("Production"));

    assertThat(byName.id()).isEmpty();
    assertThat(byName.toString()).isEqualTo("webhook named 'Production'");
    assertThat(WebhookSelector.byId(" 507f1f77bcf86cd799439011 ").toString())
        .isEqualTo("webhook id 507f1f77bcf86cd799439011");
  }
}
