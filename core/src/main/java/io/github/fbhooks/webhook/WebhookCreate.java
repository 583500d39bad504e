package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /v2/webhooks}. {@code status} is not a create field: a webhook that
 * should start paused is created and then PATCHed.
 *
 * @param name 1..100 characters
 * @param url https URL
 * @param topics at least one topic wire name
 * @param description optional, at most 500 characters
 * @param requestConfig optional timeout and headers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookCreate(
    String name, String url, List<String> topics, String description, RequestConfig requestConfig) {

  /** Checks the required fields. */
  public WebhookCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
  }
}
