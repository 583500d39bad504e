package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One page of {@code GET /v2/webhooks}.
 *
 * @param data the webhooks of this page
 * @param nextCursor the cursor of the next page, or null on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"object", "data", "nextCursor"})
public record WebhookPage(List<Webhook> data, String nextCursor) {

  /** Copies the list; a missing list is an empty page. */
  public WebhookPage {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /** {@return always {@code list}, the API's type tag} */
  @JsonProperty("object")
  public String object() {
    return "list";
  }

  /** {@return whether this is the last page} */
  @JsonIgnore
  public boolean isLastPage() {
    return nextCursor == null;
  }
}
