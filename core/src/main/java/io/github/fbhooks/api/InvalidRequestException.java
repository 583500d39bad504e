package io.github.fbhooks.api;

/**
 * A 4xx other than 401, 403, 404 and 429, mostly 400: an invalid id, parameter or cursor, a missing
 * field, or the limit of 10 webhooks per workspace ({@code invalid_request}). The message lists the
 * code, the parameter and the details.
 */
public final class InvalidRequestException extends FeaturebaseApiException {

  InvalidRequestException(ApiFailure failure) {
    super(failure);
  }
}
