package io.github.fbhooks.api;

import io.github.fbhooks.webhook.ApiError;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data of an error answer, from which {@link FeaturebaseApiException#of(ApiFailure)} builds the
 * typed exception.
 *
 * @param request where it happened
 * @param status the HTTP status
 * @param code the Featurebase error code, or {@value
 *     FeaturebaseApiException#UNPARSEABLE_ERROR_BODY}
 * @param apiMessage the Featurebase message, scrubbed; empty when the body was not an envelope
 * @param param the offending parameter
 * @param details per-field validation problems, scrubbed
 * @param retryAt when to retry, from {@code Retry-After} or {@code X-RateLimit-Reset}
 * @param message the full exception message, without the retry note
 * @param attempts requests sent
 * @param retryNote how retrying ended, or empty
 */
record ApiFailure(
    RequestInfo request,
    int status,
    String code,
    String apiMessage,
    Optional<String> param,
    List<ApiError.Detail> details,
    Optional<Instant> retryAt,
    String message,
    int attempts,
    String retryNote) {

  ApiFailure {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(apiMessage, "apiMessage");
    Objects.requireNonNull(param, "param");
    details = List.copyOf(details);
    Objects.requireNonNull(retryAt, "retryAt");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(retryNote, "retryNote");
  }

  /** {@return a copy recording how the retries ended} */
  ApiFailure afterAttempts(int newAttempts, String newRetryNote) {
    return new ApiFailure(
        request,
        status,
        code,
        apiMessage,
        param,
        details,
        retryAt,
        message,
        newAttempts,
        newRetryNote);
  }
}
