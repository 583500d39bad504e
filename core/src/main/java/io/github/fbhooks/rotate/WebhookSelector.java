package io.github.fbhooks.rotate;

import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.WebhookId;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.Optional;

/**
 * Which webhook a goal acts on: by id, or by its unique name.
 *
 * @param id the webhook id, or empty
 * @param name the webhook name, or empty
 */
public record WebhookSelector(Optional<String> id, Optional<String> name) {

  /** Checks that exactly one of id and name is given, and that the id is well-formed. */
  public WebhookSelector {
    id = id.map(String::trim).filter(s -> !s.isEmpty());
    name = name.filter(s -> !s.isBlank());
    if (id.isPresent() == name.isPresent()) {
      throw new WebhookSelectionException(
          id.isPresent()
              ? "Both a webhook id and a webhook name were given; give one of them: "
                  + Words.setting(Setting.WEBHOOK_ID, "<id>")
                  + " or "
                  + Words.setting(Setting.WEBHOOK_NAME, "<name>")
                  + "."
              : "No webhook selected. Give "
                  + Words.setting(Setting.WEBHOOK_ID, "<id>")
                  + " or "
                  + Words.setting(Setting.WEBHOOK_NAME, "<name>")
                  + ".");
    }
    if (id.isPresent() && !WebhookId.isValid(id.get())) {
      throw new WebhookSelectionException(
          "The webhook id "
              + SafeText.quote(id.get())
              + " is not a Featurebase webhook id: ids are 24 lowercase hex characters,"
              + " e.g. 507f1f77bcf86cd799439011. Check "
              + Words.setting(Setting.WEBHOOK_ID)
              + ", or select the webhook by name with "
              + Words.setting(Setting.WEBHOOK_NAME)
              + ".");
    }
  }

  /**
   * Selects by id.
   *
   * @param id 24 lowercase hex characters
   * @return the selector
   */
  public static WebhookSelector byId(String id) {
    return new WebhookSelector(Optional.of(id), Optional.empty());
  }

  /**
   * Selects by name.
   *
   * @param name the exact webhook name
   * @return the selector
   */
  public static WebhookSelector byName(String name) {
    return new WebhookSelector(Optional.empty(), Optional.of(name));
  }

  @Override
  public String toString() {
    return id.map(i -> "webhook id " + i)
        .orElseGet(() -> "webhook named " + SafeText.quote(name.get()));
  }
}
