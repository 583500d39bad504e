package io.github.fbhooks.api;

/**
 * 403: the API key is valid but may not do this. Webhooks need a Growth plan or higher, and the key
 * must belong to the workspace that owns the webhooks.
 */
public final class AuthorizationException extends FeaturebaseApiException {

  AuthorizationException(ApiFailure failure) {
    super(failure);
  }
}
