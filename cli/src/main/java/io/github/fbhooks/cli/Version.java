package io.github.fbhooks.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of this build of fbhooks, from the properties Maven writes into the jar. */
final class Version implements IVersionProvider {

  /** {@return e.g. {@code 0.1.0}; {@code unknown} outside a built jar} */
  static String number() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // a jar that cannot be read would not have started: treat as unknown
    }
    return properties.getProperty("version", "unknown");
  }

  /** {@return the lines of {@code --version} and {@code fbhooks version}} */
  static String[] lines() {
    return new String[] {
      "fbhooks " + number(),
      "Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vendor")
          + "), "
          + System.getProperty("os.name")
          + " "
          + System.getProperty("os.arch")
    };
  }

  @Override
  public String[] getVersion() {
    return lines();
  }
}
