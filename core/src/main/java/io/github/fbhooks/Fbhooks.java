package io.github.fbhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of fbhooks itself. */
public final class Fbhooks {

  private static final String RESOURCE = "/io/github/fbhooks/fbhooks-version.properties";

  private static final String VERSION = readVersion();

  private Fbhooks() {}

  /** {@return the fbhooks version, or {@code dev} when it was built without one} */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = Fbhooks.class.getResourceAsStream(RESOURCE)) {
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
