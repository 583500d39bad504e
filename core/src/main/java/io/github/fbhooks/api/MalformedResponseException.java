package io.github.fbhooks.api;

import java.util.Optional;

/**
 * An answer fbhooks cannot read: a 2xx whose body is not the expected JSON (an HTML page from a
 * proxy or captive portal, truncated or malformed JSON, JSON of the wrong shape, an empty body), a
 * redirect (fbhooks does not follow them: they would carry the API key elsewhere), or a list whose
 * cursors loop.
 *
 * <p>The message names the content type and the length of the body, never its content: every
 * webhook body holds a signing secret. An error status whose body is not a Featurebase error is not
 * this exception but the {@link FeaturebaseApiException} of its status.
 */
public final class MalformedResponseException extends FeaturebaseException {

  private final RequestInfo request;
  private final int status;
  private final String contentType;
  private final int bodyLength;
  private final String problem;
  private final String baseMessage;

  MalformedResponseException(
      RequestInfo request,
      int status,
      String contentType,
      int bodyLength,
      String problem,
      String message,
      int attempts,
      String retryNote) {
    super(message, null, attempts, retryNote);
    this.request = request;
    this.status = status;
    this.contentType = contentType;
    this.bodyLength = bodyLength;
    this.problem = problem;
    this.baseMessage = message;
  }

  /** {@return the HTTP status of the answer} */
  public int status() {
    return status;
  }

  /** {@return the {@code Content-Type} of the answer, if it had one} */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** {@return the length of the body in bytes} */
  public int bodyLength() {
    return bodyLength;
  }

  /** {@return what is wrong with the answer, e.g. {@code malformed or truncated JSON}} */
  public String problem() {
    return problem;
  }

  /** {@return the method and path template of the request, e.g. {@code GET /v2/webhooks}} */
  public String operation() {
    return request.operation();
  }

  @Override
  public String summary() {
    return status + " with " + problem;
  }

  /** {@return true for a 2xx: the request was processed, but its result is unknown} */
  @Override
  public boolean outcomeUnknown() {
    return status >= 200 && status < 300;
  }

  /** {@return false: the same request will most likely get the same answer} */
  @Override
  public boolean isTransient() {
    return false;
  }

  @Override
  FeaturebaseException afterAttempts(int attempts, String retryNote) {
    return new MalformedResponseException(
        request, status, contentType, bodyLength, problem, baseMessage, attempts, retryNote);
  }
}
