package io.github.fbhooks.webhook;

import java.util.regex.Pattern;

/**
 * The rule for custom header values that may be credentials: a header whose name mentions {@code
 * auth}, {@code token}, {@code secret}, {@code key}, {@code password}, {@code signature}, {@code
 * cookie} or {@code session} (in any case). Import writes such values as {@code ${env:...}}
 * references, and plans never print a live one.
 */
public final class SensitiveHeaders {

  private static final Pattern SENSITIVE_NAME =
      Pattern.compile(
          ".*(auth|token|secret|key|password|signature|cookie|session).*",
          Pattern.CASE_INSENSITIVE);

  private SensitiveHeaders() {}

  /**
   * @param name a header name
   * @return whether the header's value is treated as a credential
   */
  public static boolean looksSensitive(String name) {
    return SENSITIVE_NAME.matcher(name).matches();
  }
}
