package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code error} object of every Featurebase error response.
 *
 * @param type e.g. {@code invalid_request_error}
 * @param code e.g. {@code webhook_not_found}
 * @param message the human-readable message
 * @param status the HTTP status
 * @param param the offending parameter, or null
 * @param details per-field validation problems, empty when none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(
    String type, String code, String message, int status, String param, List<Detail> details) {

  /** Copies the details; missing details are an empty list. */
  public ApiError {
    details = details == null ? List.of() : List.copyOf(details);
  }

  /**
   * One validation problem.
   *
   * @param path the field, e.g. {@code topics[0]}
   * @param message what is wrong with it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Detail(String path, String message) {}

  /**
   * The envelope {@code {"error": {...}}} around an {@link ApiError}.
   *
   * @param error the error
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Envelope(ApiError error) {}
}
