package io.github.fbhooks.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import feign.Response;
import feign.codec.ErrorDecoder;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.webhook.ApiError;
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
      Optional<JsonNode> json = json(body);
      Optional<ApiError> envelope = json.flatMap(FeaturebaseErrorDecoder::envelope);
      failure =
          failures
              .statuses()
              .apiError(
                  request,
                  status,
                  envelope,
                  envelope.isPresent()
                      ? Optional.empty()
                      : json.flatMap(FeaturebaseErrorDecoder::topMessage),
                  contentType,
                  body.length,
                  Responses.retryAt(response, clock.instant()));
    }
    return Failures.route(failure, response.request());
  }

  /** The body as JSON, or empty when it is empty or not JSON (an HTML page, say). */
  private static Optional<JsonNode> json(byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(JsonMappers.wire().readTree(body)).filter(JsonNode::isObject);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The error of the envelope {@code {"error": {...}}}, read by the wire mapper; empty when the
   * body is no envelope or its error has no code. Details that cannot be read are left out rather
   * than the error: they must not cost the user its code and message.
   */
  static Optional<ApiError> envelope(JsonNode body) {
    if (!(body.get("error") instanceof ObjectNode error)) {
      return Optional.empty();
    }
    ApiError read = read(error);
    if (read == null && error.has("details")) {
      read = read(error.deepCopy().without("details"));
    }
    return Optional.ofNullable(read).filter(e -> e.code() != null);
  }

  private static ApiError read(ObjectNode error) {
    try {
      return JsonMappers.wire().treeToValue(error, ApiError.class);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The top-level {@code message} of an error body outside the envelope, such as {@code
   * {"success":false,"message":"Invalid API Key"}} or {@code {"code":400,"message":"..."}}
   * (reference §4); empty when there is no such scalar.
   */
  static Optional<String> topMessage(JsonNode body) {
    JsonNode message = body.get("message");
    return message != null && message.isValueNode() && !message.isNull()
        ? Optional.of(message.asText()).filter(m -> !m.isBlank())
        : Optional.empty();
  }
}
