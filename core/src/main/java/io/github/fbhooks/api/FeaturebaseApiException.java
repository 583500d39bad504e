package io.github.fbhooks.api;

import io.github.fbhooks.webhook.ApiError;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Featurebase answered with an error status (4xx or 5xx). The subclass says which kind; the fields
 * come from the error envelope {@code {"error": {"code", "message", "param", "details"}}}.
 *
 * <p>When the body of an error answer is not that envelope (an HTML page from a proxy or a load
 * balancer, say, or JSON such as {@code {"success":false,"message":"Invalid API Key"}}), the
 * exception still has the type of its status, so a 502 page is a transient {@link
 * ServerErrorException} and a 401 page an {@link AuthenticationException}; its {@link #code()} is
 * then {@value #UNPARSEABLE_ERROR_BODY}. {@link #apiMessage()} is the body's top-level {@code
 * message} when it is JSON with one (scrubbed like an envelope's message), else empty; the message
 * then names the content type and length of the body, never its content.
 */
public abstract sealed class FeaturebaseApiException extends FeaturebaseException
    permits AuthenticationException,
        AuthorizationException,
        NotFoundException,
        InvalidRequestException,
        RateLimitedException,
        ServerErrorException {

  /**
   * The {@link #code()} of an error answer whose body is not a Featurebase error envelope (it may
   * still have a top-level {@link #apiMessage()}).
   */
  public static final String UNPARSEABLE_ERROR_BODY = "unparseable_error_body";

  private final ApiFailure failure;

  FeaturebaseApiException(ApiFailure failure) {
    super(failure.message(), null, failure.attempts(), failure.retryNote());
    this.failure = failure;
  }

  /**
   * Builds the exception of the status.
   *
   * @param failure the answer
   * @return 401 {@link AuthenticationException}, 403 {@link AuthorizationException}, 404 {@link
   *     NotFoundException}, 429 {@link RateLimitedException}, 5xx {@link ServerErrorException},
   *     other statuses {@link InvalidRequestException}
   */
  static FeaturebaseApiException of(ApiFailure failure) {
    int status = failure.status();
    if (status >= 500) {
      return new ServerErrorException(failure);
    }
    return switch (status) {
      case 401 -> new AuthenticationException(failure);
      case 403 -> new AuthorizationException(failure);
      case 404 -> new NotFoundException(failure);
      case 429 -> new RateLimitedException(failure);
      default -> new InvalidRequestException(failure);
    };
  }

  /** {@return the HTTP status} */
  public int status() {
    return failure.status();
  }

  /**
   * {@return the Featurebase error code, e.g. {@code webhook_not_found}, or {@value
   * #UNPARSEABLE_ERROR_BODY}}
   */
  public String code() {
    return failure.code();
  }

  /** {@return the message Featurebase gave, scrubbed of anything secret-like; may be empty} */
  public String apiMessage() {
    return failure.apiMessage();
  }

  /** {@return the request parameter Featurebase blamed, if any} */
  public Optional<String> param() {
    return failure.param();
  }

  /** {@return the per-field validation problems, empty when none} */
  public List<ApiError.Detail> details() {
    return failure.details();
  }

  /** {@return the method and path template of the request, e.g. {@code GET /v2/webhooks/{id}}} */
  public String operation() {
    return failure.request().operation();
  }

  @Override
  public String summary() {
    return status() + " " + code();
  }

  /** {@return false unless the subclass says otherwise: the request was refused} */
  @Override
  public boolean outcomeUnknown() {
    return false;
  }

  /** {@return false unless the subclass says otherwise} */
  @Override
  public boolean isTransient() {
    return false;
  }

  @Override
  Optional<Instant> retryAtHint() {
    return failure.retryAt();
  }

  @Override
  final FeaturebaseException afterAttempts(int attempts, String retryNote) {
    return of(failure.afterAttempts(attempts, retryNote));
  }
}
