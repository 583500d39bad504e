package io.github.fbhooks.api;

import io.github.fbhooks.Fbhooks;

/** The {@code User-Agent} fbhooks sends: {@code fbhooks/<version> (Java <java.version>)}. */
final class UserAgent {

  private static final String VALUE =
      "fbhooks/" + Fbhooks.version() + " (Java " + System.getProperty("java.version") + ")";

  private UserAgent() {}

  /** {@return the header value} */
  static String value() {
    return VALUE;
  }
}
