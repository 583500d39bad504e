package io.github.fbhooks.api;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.words.SettingException;

/**
 * What every Featurebase API key looks like, checked where a front end finds the key, before it is
 * used: a value of another shape (a password, a webhook secret, a key of another service) is never
 * sent anywhere.
 */
public final class ApiKeyShape {

  /** Featurebase's secret API keys start with this. */
  public static final String PREFIX = "sk_";

  private ApiKeyShape() {}

  /**
   * Refuses a value that is not a Featurebase API key, without printing it.
   *
   * @param key the value found
   * @param source where it was found, as the front end names it, e.g. {@code the environment
   *     variable FEATUREBASE_API_KEY}
   * @return the key
   * @throws SettingException when the value does not start with {@value #PREFIX}
   */
  public static Secret require(Secret key, String source) {
    if (!key.reveal().startsWith(PREFIX)) {
      throw new SettingException(
          "The Featurebase API key from "
              + source
              + " does not look like an API key: Featurebase keys start with '"
              + PREFIX
              + "'. Copy the key again from Featurebase (Settings > API).");
    }
    return key;
  }
}
