package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to {@code DELETE /v2/webhooks/{id}}: a JSON body, not a 204.
 *
 * @param id the id of the deleted webhook
 * @param deleted always true on success
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "object", "deleted"})
public record DeletedWebhook(String id, boolean deleted) {

  /** {@return always {@code webhook}, the API's type tag} */
  @JsonProperty("object")
  public String object() {
    return "webhook";
  }
}
