package io.github.fbhooks.api;

import io.github.fbhooks.secret.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An HTTP proxy for the Featurebase API: host, port, optional credentials and the hosts that go
 * direct, as a front end's proxy settings describe it.
 *
 * <p>Requests to hosts matching {@link #nonProxyHosts()} go direct. Patterns use the Maven and Java
 * syntax: {@code *.example.com|localhost}, case-insensitive, {@code *} matching any characters.
 *
 * <p>With a username, the client answers the proxy's 407 challenge, and only the proxy's. Note that
 * the JDK disables Basic authentication for tunnelling HTTPS through a proxy ({@code
 * jdk.http.auth.tunneling.disabledSchemes=Basic} in {@code net.properties}), so an {@code https}
 * base URL through a Basic-authenticating proxy fails with 407 unless the JVM starts with {@code
 * -Djdk.http.auth.tunneling.disabledSchemes=}. fbhooks never changes that global property itself;
 * {@link FeaturebaseClient#create} warns when it applies.
 *
 * @param host the proxy host
 * @param port the proxy port, 1..65535
 * @param username the proxy user, if the proxy needs authentication
 * @param password the proxy password; only with a username
 * @param nonProxyHosts host patterns reached without the proxy
 */
public record ProxyConfig(
    String host,
    int port,
    Optional<String> username,
    Optional<Secret> password,
    List<String> nonProxyHosts) {

  /** Checks the values and drops blank non-proxy patterns. */
  public ProxyConfig {
    Objects.requireNonNull(host, "host");
    host = host.trim();
    if (host.isEmpty()) {
      throw new IllegalArgumentException("proxy host is blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "proxy port " + port + " for " + host + " is not between 1 and 65535");
    }
    username = Objects.requireNonNull(username, "username").filter(u -> !u.isBlank());
    Objects.requireNonNull(password, "password");
    if (password.isPresent() && username.isEmpty()) {
      throw new IllegalArgumentException("proxy " + host + " has a password but no username");
    }
    List<String> patterns = new ArrayList<>();
    for (String pattern : Objects.requireNonNull(nonProxyHosts, "nonProxyHosts")) {
      String trimmed = Objects.requireNonNull(pattern, "nonProxyHosts entry").trim();
      if (!trimmed.isEmpty()) {
        patterns.add(trimmed);
      }
    }
    nonProxyHosts = List.copyOf(patterns);
  }

  /**
   * A proxy without authentication or exceptions.
   *
   * @param host the proxy host
   * @param port the proxy port
   * @return the proxy
   */
  public static ProxyConfig of(String host, int port) {
    return new ProxyConfig(host, port, Optional.empty(), Optional.empty(), List.of());
  }

  /** {@return a copy that authenticates to the proxy} */
  public ProxyConfig withCredentials(String newUsername, Secret newPassword) {
    return new ProxyConfig(
        host,
        port,
        Optional.of(newUsername),
        Optional.of(Objects.requireNonNull(newPassword, "password")),
        nonProxyHosts);
  }

  /** {@return a copy with other non-proxy host patterns} */
  public ProxyConfig withNonProxyHosts(List<String> patterns) {
    return new ProxyConfig(host, port, username, password, patterns);
  }

  /**
   * Splits a Maven {@code <nonProxyHosts>} value: patterns separated by {@code |} (a comma is
   * accepted too).
   *
   * @param value e.g. {@code *.example.com|localhost}, may be null
   * @return the patterns, empty for null or blank
   */
  public static List<String> parseNonProxyHosts(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    List<String> patterns = new ArrayList<>();
    for (String pattern : value.split("[|,]")) {
      if (!pattern.isBlank()) {
        patterns.add(pattern.trim());
      }
    }
    return List.copyOf(patterns);
  }

  /**
   * Whether requests to the host go direct.
   *
   * @param targetHost a host name or IP address (IPv6 with or without brackets)
   * @return true when a non-proxy pattern matches
   */
  public boolean bypassesProxy(String targetHost) {
    if (targetHost == null) {
      return false;
    }
    String candidate = normalize(targetHost);
    for (String pattern : nonProxyHosts) {
      if (toRegex(normalize(pattern)).matcher(candidate).matches()) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether the proxy needs a username and password} */
  public boolean hasCredentials() {
    return username.isPresent() && password.isPresent();
  }

  /** Prints the user name but never the password. */
  @Override
  public String toString() {
    return "ProxyConfig[host="
        + host
        + ", port="
        + port
        + ", username="
        + username.orElse("(none)")
        + ", password="
        + (password.isPresent() ? Secret.REDACTED : "(none)")
        + ", nonProxyHosts="
        + nonProxyHosts
        + "]";
  }

  private static String normalize(String host) {
    String result = host.trim().toLowerCase(Locale.ROOT);
    if (result.startsWith("[") && result.endsWith("]")) {
      result = result.substring(1, result.length() - 1);
    }
    if (result.endsWith(".")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  private static Pattern toRegex(String pattern) {
    StringBuilder regex = new StringBuilder();
    int start = 0;
    for (int star = pattern.indexOf('*'); star >= 0; star = pattern.indexOf('*', start)) {
      regex.append(Pattern.quote(pattern.substring(start, star))).append(".*");
      start = star + 1;
    }
    regex.append(Pattern.quote(pattern.substring(start)));
    return Pattern.compile(regex.toString());
  }
}
