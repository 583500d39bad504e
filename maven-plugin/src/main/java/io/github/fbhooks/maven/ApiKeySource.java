package io.github.fbhooks.maven;

import io.github.fbhooks.secret.Secret;

/**
 * The API key and where it came from; {@link #toString()} names the source only.
 *
 * @param key the key
 * @param source e.g. {@code settings.xml server 'featurebase'}
 */
record ApiKeySource(Secret key, String source) {

  @Override
  public String toString() {
    return "API key from " + source;
  }
}
