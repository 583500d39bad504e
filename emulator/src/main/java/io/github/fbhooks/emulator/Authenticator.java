package io.github.fbhooks.emulator;

import io.github.fbhooks.secret.Secret;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks {@code Authorization: Bearer sk_...}. Without a configured key any well-formed {@code sk_}
 * key is accepted; with one, only that key. Messages never contain the key.
 */
final class Authenticator {

  private static final Pattern KEY = Pattern.compile("sk_[\\x21-\\x7e]+");
  private static final String BEARER = "bearer ";

  private final Optional<Secret> expected;

  Authenticator(Optional<Secret> expected) {
    this.expected = expected;
  }

  /**
   * Authenticates a request.
   *
   * @param authorization every value of the Authorization header
   * @return the API key, the identity rate limits count against
   * @throws ApiException 401 authentication_error, code invalid_api_key
   */
  String authenticate(List<String> authorization) {
    if (authorization.isEmpty()) {
      throw unauthorized("No API key: send the header Authorization: Bearer sk_...");
    }
    if (authorization.size() > 1) {
      throw unauthorized("Send exactly one Authorization header");
    }
    String value = authorization.get(0).trim();
    if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      throw unauthorized("The Authorization header must be of the form: Bearer sk_...");
    }
    String key = value.substring(BEARER.length()).trim();
    if (!KEY.matcher(key).matches()) {
      throw unauthorized("Invalid API key: Featurebase API keys start with sk_");
    }
    if (expected.isPresent() && !expected.get().equals(Secret.of(key))) {
      throw unauthorized("Invalid API key");
    }
    return key;
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(401, "invalid_api_key", message, null);
  }
}
