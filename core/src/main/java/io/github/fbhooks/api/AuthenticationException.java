package io.github.fbhooks.api;

/**
 * 401: the API key is missing, unknown or revoked. The message says to check the API key, naming
 * where it came from when {@link ClientSettings#apiKeySource()} says so.
 */
public final class AuthenticationException extends FeaturebaseApiException {

  AuthenticationException(ApiFailure failure) {
    super(failure);
  }
}
