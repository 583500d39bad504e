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
    return toBuilder().secret(newSecret).build();
  }

  /** {@return a builder holding this webhook's fields, to change some of them} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@return a builder of a webhook with this id and every other field null (topics empty)}
   *
   * @param id 24 lowercase hex characters
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Builds a {@link Webhook} field by field, so that code which sets some fields (a server, a test)
   * need not change when the record gains one.
   */
  public static final class Builder {
    private String id;
    private String name;
    private String url;
    private Secret secret;
    private String description;
    private List<String> topics;
    private WebhookStatus status;
    private RequestConfig requestConfig;
    private LastStatus lastStatus;
    private Health health;
    private String version;
    private Instant createdAt;
    private Instant updatedAt;

    private Builder(String id) {
      this.id = id;
    }

    private Builder(Webhook w) {
      id = w.id;
      name = w.name;
      url = w.url;
      secret = w.secret;
      description = w.description;
      topics = w.topics;
      status = w.status;
      requestConfig = w.requestConfig;
      lastStatus = w.lastStatus;
      health = w.health;
      version = w.version;
      createdAt = w.createdAt;
      updatedAt = w.updatedAt;
    }

    /** Sets the name. @param name the name @return this builder */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the URL. @param url the URL @return this builder */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** Sets the secret. @param secret the signing secret @return this builder */
    public Builder secret(Secret secret) {
      this.secret = secret;
      return this;
    }

    /** Sets the description. @param description the description, or null @return this builder */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets the topics. @param topics wire names @return this builder */
    public Builder topics(List<String> topics) {
      this.topics = topics;
      return this;
    }

    /** Sets the status. @param status the status @return this builder */
    public Builder status(WebhookStatus status) {
      this.status = status;
      return this;
    }

    /** Sets the request config. @param requestConfig timeout and headers @return this builder */
    public Builder requestConfig(RequestConfig requestConfig) {
      this.requestConfig = requestConfig;
      return this;
    }

    /** Sets the last delivery's outcome. @param lastStatus the outcome @return this builder */
    public Builder lastStatus(LastStatus lastStatus) {
      this.lastStatus = lastStatus;
      return this;
    }

    /** Sets the delivery health. @param health the health @return this builder */
    public Builder health(Health health) {
      this.health = health;
      return this;
    }

    /** Sets the payload version. @param version e.g. {@code 1.0} @return this builder */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** Sets the creation time. @param createdAt when created @return this builder */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets the time of the last change. @param updatedAt when changed @return this builder */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /** {@return the webhook} */
    public Webhook build() {
      return new Webhook(
          id,
          name,
          url,
          secret,
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
  }

  /**
   * {@return "'name' (id)", how logs and messages name a webhook; the name (and id) come from the
   * server, so anything that could forge or hide text in a log is escaped}
   */
  public String label() {
    return SafeText.quote(name) + " (" + SafeText.escape(id) + ")";
  }
}
