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
 *   <li>4xx and 5xx: the {@link FeaturebaseApiException} of the status, from the error envelope, or
 *       from a top-level {@code message} when the body is JSON outside the envelope (such as {@code
 *       {"success":false,"message":"Invalid API Key"}}); with {@code Retry-After} or, on 429,
 *       {@code X-RateLimit-Reset}. No body makes decoding fail: anything else is described by its
 *       content type and length.
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
      failure = failures.transport().proxyAuthentication(request, null);
    } else if (status < 400) {
      failure =
          failures
              .answers()
              .redirect(
                  request,
                  status,
                  Responses.header(response, "Location"),
                  contentType,
                  body.length);
    } else {
      Optional<Object> json = json(body);
      Optional<ApiError> envelope = json.flatMap(ResponseReader::error);
      failure =
          failures
              .statuses()
              .apiError(
                  request,
                  status,
                  envelope,
                  envelope.isPresent()
                      ? Optional.empty()
                      : json.flatMap(ResponseReader::topMessage),
                  contentType,
                  body.length,
                  Responses.retryAt(response, clock.instant()));
    }
    return Failures.route(failure, response.request());
  }

  /** The body as JSON values, or empty when it is empty or not JSON (an HTML page, say). */
  private static Optional<Object> json(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JsonValues.parse(body));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
