package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The partial body of {@code PATCH /v2/webhooks/{id}}: only the fields set on the builder are sent.
 * {@link Builder#clearDescription()} sends {@code "description": null}, which clears it.
 */
public final class WebhookUpdate {

  private final Map<String, Object> fields;

  private WebhookUpdate(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** {@return a new, empty update} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the fields to send, in the order they were set; a null value clears the field} */
  @JsonValue
  public Map<String, Object> fields() {
    return fields;
  }

  /** {@return whether nothing would change} */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Names the changed fields only: header values and other values may be sensitive. */
  @Override
  public String toString() {
    return "WebhookUpdate" + fields.keySet();
  }

  /** Collects the fields of an update. */
  public static final class Builder {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the name. @param name 1..100 characters, not null @return this builder */
    public Builder name(String name) {
      fields.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Sets the URL. @param url https URL, not null @return this builder */
    public Builder url(String url) {
      fields.put("url", Objects.requireNonNull(url, "url"));
      return this;
    }

    /** Sets the description. @param description at most 500 characters @return this builder */
    public Builder description(String description) {
      fields.put("description", description);
      return this;
    }

    /** Clears the description (sends null). @return this builder */
    public Builder clearDescription() {
      fields.put("description", null);
      return this;
    }

    /** Replaces the topics. @param topics wire names @return this builder */
    public Builder topics(List<String> topics) {
      fields.put("topics", List.copyOf(topics));
      return this;
    }

    /**
     * Sets the status; only {@code active} and {@code paused} may be asked for.
     *
     * @param status active or paused
     * @return this builder
     */
    public Builder status(WebhookStatus status) {
      if (!status.isUserSettable()) {
        throw new IllegalArgumentException(
            "status " + status.wireName() + " cannot be set by a client");
      }
      fields.put("status", status.wireName());
      return this;
    }

    /**
     * Replaces the request config; headers are sent as the complete desired map, {@code timeoutMs}
     * only when set.
     *
     * @param requestConfig timeout and headers, not null: a webhook always has a request config,
     *     and the schema has no null one; {@code new RequestConfig(null, Map.of())} removes the
     *     custom headers
     * @return this builder
     */
    public Builder requestConfig(RequestConfig requestConfig) {
      fields.put(
          "requestConfig",
          Objects.requireNonNull(
              requestConfig,
              "requestConfig cannot be null: a webhook always has one; send"
                  + " new RequestConfig(null, Map.of()) to remove the custom headers"));
      return this;
    }

    /** {@return the update} */
    public WebhookUpdate build() {
      return new WebhookUpdate(fields);
    }
  }
}
