package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.text.SafeText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Featurebase webhook as the API returns it: the wire record, read and written by {@link
 * io.github.fbhooks.json.JsonMappers#wire()} in the client and the emulator alike.
 *
 * <p>Unknown response fields are ignored, since newer API versions may add them. {@code secret} is
 * a {@link Secret}: it prints and serialises redacted.
 *
 * <p>Adding a field: ARCHITECTURE.md names the files that change with this one; {@code
 * WireFieldsTest} fails until they do.
 *
 * @param id 24 lowercase hex characters
 * @param name 1..100 characters, unique by convention
 * @param url the https URL events are POSTed to
 * @param secret the signing secret ({@code whsec_...}), or null where the response had none
 * @param description free text, or null
 * @param topics the subscribed topics as wire names
 * @param status active, paused or suspended
 * @param requestConfig timeout and custom headers, or null
 * @param lastStatus the outcome of the last delivery, or null
 * @param health delivery health, or null
 * @param version the payload version, e.g. {@code 1.0}
 * @param createdAt when the webhook was created
 * @param updatedAt when the webhook last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
// the order of the API documentation; JSON readers do not care, people reading logs do
@JsonPropertyOrder({
  "object",
  "id",
  "name",
  "url",
  "secret",
  "description",
  "topics",
  "status",
  "requestConfig",
  "lastStatus",
  "health",
  "version",
  "createdAt",
  "updatedAt"
})
public record Webhook(
    String id,
    String name,
    String url,
    Secret secret,
    String description,
    @JsonSetter(contentNulls = Nulls.FAIL) List<String> topics,
    WebhookStatus status,
    RequestConfig requestConfig,
    LastStatus lastStatus,
    Health health,
    String version,
    Instant createdAt,
    Instant updatedAt) {

  /** The value of the {@code object} field of a webhook in API responses. */
  public static final String OBJECT = "webhook";

  /** Checks the identity fields and copies the topic list. */
  public Webhook {
    Objects.requireNonNull(id, "id");
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  /** {@return always {@value #OBJECT}, the API's type tag} */
  @JsonProperty("object")
  public String object() {
    return OBJECT;
  }

  /** {@return a copy of this webhook holding another secret} */
  public Webhook withSecret(Secret newSecret) {
    return new Webhook(
        id,
        name,
        url,
        newSecret,
        description,
        topics,
        status,
        requestConfig,
        lastStatus,
        health,
        version,
        createdAt,
        updatedAt);
  }

  /**
   * {@return "'name' (id)", how logs and messages name a webhook; the name (and id) come from the
   * server, so anything that could forge or hide text in a log is escaped}
   */
  public String label() {
    return SafeText.quote(name) + " (" + SafeText.escape(id) + ")";
  }
}
