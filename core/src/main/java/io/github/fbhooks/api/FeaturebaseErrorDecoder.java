package io.github.fbhooks.api;

import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Turns every non-2xx answer into a typed {@link FeaturebaseException} and hands it to the {@link
 * FeaturebaseRetryer} (through {@link Failures#route}), which retries or throws it.
 *
 * <ul>
 *   <li>4xx and 5xx: the {@link FeaturebaseApiException} of the status, from the error envelope;
 *       with {@code Retry-After} or, on 429, {@code X-RateLimit-Reset}.
 *   <li>407: a {@link TransportException} (the proxy refused its credentials).
 *   <li>3xx: a {@link MalformedResponseException}; redirects are not followed.
 * </ul>
 */
final class FeaturebaseErrorDecoder implements ErrorDecoder {

  private final Failures failures;
  private final Clock clock;

  FeaturebaseErrorDecoder(Failures failures, Clock clock) {
    this.failures = failures;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    RequestInfo request = RequestInfo.of(response.request());
    byte[] body = Responses.body(response);
    String contentType = Responses.header(response, "Content-Type").orElse(null);
    int status = response.status();
    FeaturebaseException failure;
    if (status == 407) {
      failure = failures.proxyAuthentication(request, null);
    } else if (status < 400) {
      failure =
          failures.redirect(
              request, status, Responses.header(response, "Location"), contentType, body.length);
    } else {
      failure =
          failures.apiError(
              request,
              status,
              envelope(body),
              contentType,
              body.length,
              Responses.retryAt(response, clock.instant()));
    }
    return Failures.route(failure, response.request());
  }

  /** Reads {@code {"error": {...}}}; anything else (HTML, other JSON) is no envelope. */
  private Optional<ApiError> envelope(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      return ResponseReader.error(JsonValues.parse(body));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
