package io.github.fbhooks.api;

/**
 * 404: Featurebase has no webhook with the id ({@code webhook_not_found}), the API version does not
 * serve the endpoint ({@code version_not_supported}), or the base URL is wrong (any other code, or
 * a body that is not a Featurebase error). The message tells these apart.
 */
public final class NotFoundException extends FeaturebaseApiException {

  /** The code of a 404 for an unknown webhook id. */
  public static final String WEBHOOK_NOT_FOUND = "webhook_not_found";

  NotFoundException(ApiFailure failure) {
    super(failure);
  }

  /** {@return whether the webhook of the path does not exist} */
  public boolean isWebhookNotFound() {
    return WEBHOOK_NOT_FOUND.equals(code());
  }

  /** {@return whether the API version does not serve this endpoint} */
  public boolean isVersionNotSupported() {
    return ApiAssumptions.VERSION_NOT_SUPPORTED.equals(code());
  }
}
