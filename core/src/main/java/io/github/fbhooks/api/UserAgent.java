package io.github.fbhooks.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} fbhooks sends: {@code fbhooks/<version> (Java <java.version>)}. */
final class UserAgent {

  private static final String RESOURCE = "/io/github/fbhooks/fbhooks-version.properties";

  private static final String VALUE =
      "fbhooks/" + fbhooksVersion() + " (Java " + System.getProperty("java.version") + ")";

  private UserAgent() {}

  /** {@return the header value} */
  static String value() {
    return VALUE;
  }

  /** {@return the fbhooks version, or {@code dev} when the resource is missing or unfiltered} */
  static String fbhooksVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      return version.isEmpty() || version.startsWith("${") ? "dev" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
