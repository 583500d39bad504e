package io.github.fbhooks.api;

/**
 * 401: the API key is missing, unknown or revoked. The message says to check the API key in
 * settings.xml server {@code featurebase} or {@code FEATUREBASE_API_KEY}.
 */
public final class AuthenticationException extends FeaturebaseApiException {

  AuthenticationException(ApiFailure failure) {
    super(failure);
  }
}
