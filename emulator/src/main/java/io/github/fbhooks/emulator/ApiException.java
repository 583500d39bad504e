package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.ApiError;
import java.util.List;
import java.util.Map;

/**
 * An answer in the Featurebase error envelope, thrown to cut request handling short. Carries no
 * stack trace: it is control flow, not a bug.
 */
final class ApiException extends RuntimeException {

  private final ApiError error;
  private final Map<String, String> headers;

  ApiException(ApiError error, Map<String, String> headers) {
    super(error.message(), null, false, false);
    this.error = error;
    this.headers = Map.copyOf(headers);
  }

  ApiException(int status, String code, String message, String param) {
    this(new ApiError(typeFor(status), code, message, status, param, List.of()), Map.of());
  }

  /** {@return the error of the envelope} */
  ApiError error() {
    return error;
  }

  /** {@return extra response headers, e.g. Retry-After or Allow} */
  Map<String, String> headers() {
    return headers;
  }

  /** {@return the error type Featurebase uses for a status} */
  static String typeFor(int status) {
    if (status == 401) {
      return "authentication_error";
    }
    if (status == 403) {
      return "authorization_error";
    }
    if (status == 429) {
      return "rate_limit_error";
    }
    if (status >= 500) {
      return "api_error";
    }
    return "invalid_request_error";
  }

  static ApiException badRequest(String code, String message, String param) {
    return new ApiException(400, code, message, param);
  }

  static ApiException invalidRequest(String message) {
    return new ApiException(400, "invalid_request", message, null);
  }

  static ApiException notFound(String code, String message) {
    return new ApiException(404, code, message, null);
  }

  static ApiException methodNotAllowed(String method, String allowed) {
    ApiError error =
        new ApiError(
            typeFor(405),
            "method_not_allowed",
            method + " is not allowed here; allowed: " + allowed,
            405,
            null,
            List.of());
    return new ApiException(error, Map.of("Allow", allowed));
  }

  /**
   * A validation failure: code and param come from the first problem, every problem is a detail.
   *
   * @param problems at least one problem
   * @return the exception
   */
  static ApiException validation(List<Problem> problems) {
    Problem first = problems.get(0);
    String message = first.describe();
    if (problems.size() > 1) {
      message += " (and " + (problems.size() - 1) + " more)";
    }
    List<ApiError.Detail> details =
        problems.stream().map(p -> new ApiError.Detail(p.path(), p.message())).toList();
    return new ApiException(
        new ApiError(typeFor(400), first.code(), message, 400, first.path(), details), Map.of());
  }
}
