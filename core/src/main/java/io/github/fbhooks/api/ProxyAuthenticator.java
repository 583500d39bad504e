package io.github.fbhooks.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives the proxy credentials to the configured proxy and to nothing else: it answers only {@link
 * RequestorType#PROXY} challenges from the proxy's host and port, never a server's 401.
 *
 * <p>See {@link ProxyConfig} for the JDK's Basic-for-tunnels restriction, which {@link
 * #basicDisabledForTunnels()} detects.
 */
final class ProxyAuthenticator extends Authenticator {

  /** The JDK system property that disables authentication schemes for HTTPS proxy tunnels. */
  static final String TUNNELING_PROPERTY = "jdk.http.auth.tunneling.disabledSchemes";

  private final ProxyConfig config;
  private final AtomicInteger answersLeft;

  /** An authenticator for the JDK {@code HttpClient}, which itself stops after three refusals. */
  ProxyAuthenticator(ProxyConfig config) {
    this(config, Integer.MAX_VALUE);
  }

  /**
   * An authenticator that answers a limited number of challenges.
   *
   * @param config the proxy
   * @param answers how many challenges to answer: {@code HttpURLConnection} asks again after each
   *     refusal for as long as it gets credentials, so each of its requests gets an authenticator
   *     that answers once
   */
  ProxyAuthenticator(ProxyConfig config, int answers) {
    if (!config.hasCredentials()) {
      throw new IllegalArgumentException("proxy " + config.host() + " has no credentials");
    }
    this.config = config;
    this.answersLeft = new AtomicInteger(answers);
  }

  @Override
  protected PasswordAuthentication getPasswordAuthentication() {
    if (getRequestorType() != RequestorType.PROXY
        || getRequestingHost() == null
        || !getRequestingHost().equalsIgnoreCase(config.host())
        || getRequestingPort() != config.port()
        || answersLeft.getAndDecrement() <= 0) {
      return null;
    }
    return new PasswordAuthentication(
        config.username().orElseThrow(), config.password().orElseThrow().reveal().toCharArray());
  }

  /**
   * Whether this JVM refuses Basic authentication to a proxy when tunnelling HTTPS: the system
   * property {@value Hints#TUNNELING_PROPERTY} when set, else the JDK's {@code
   * conf/net.properties}, else the JDK default ({@code Basic}).
   *
   * @return true when Basic is disabled for tunnels
   */
  static boolean basicDisabledForTunnels() {
    String value = System.getProperty(TUNNELING_PROPERTY);
    if (value == null) {
      value = fromNetProperties().orElse("Basic");
    }
    return Arrays.stream(value.split(","))
        .map(s -> s.trim().toLowerCase(Locale.ROOT))
        .anyMatch("basic"::equals);
  }

  private static java.util.Optional<String> fromNetProperties() {
    Path file = Path.of(System.getProperty("java.home"), "conf", "net.properties");
    if (!Files.isReadable(file)) {
      return java.util.Optional.empty();
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(properties.getProperty(TUNNELING_PROPERTY, ""));
  }
}
