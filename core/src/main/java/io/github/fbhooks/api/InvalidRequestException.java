package io.github.fbhooks.api;

/**
 * A 4xx other than 401, 403, 404 and 429, mostly 400: an invalid id, parameter or cursor, a missing
 * field, or a create past the workspace's webhook limit ({@code invalid_request}, 10 by default).
 * The message lists the code, the parameter and the details.
 */
public final class InvalidRequestException extends FeaturebaseApiException {

  InvalidRequestException(ApiFailure failure) {
    super(failure);
  }

  /** {@return whether Featurebase refused a create because the workspace is at its limit} */
  public boolean isWebhookLimitReached() {
    return operation().equals("POST /v2/webhooks")
        && ApiAssumptions.isWebhookLimitReached(code(), apiMessage());
  }
}
