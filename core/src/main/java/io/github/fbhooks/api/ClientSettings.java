package io.github.fbhooks.api;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link FeaturebaseClient} needs to reach the API. Build with {@link #of(URI, Secret)}
 * and the {@code withX} copy methods. {@link #toString()} prints neither the API key nor a proxy
 * password.
 *
 * @param baseUrl the API root: {@code https}, or {@code http} for a loopback host only, without
 *     user info, query or fragment; normalised by {@link BaseUrls#normalize(URI)}
 * @param apiKey the workspace API key ({@code sk_...}), sent as {@code Authorization: Bearer}
 * @param apiVersion the {@code Featurebase-Version} sent with every request
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a complete answer once connected
 * @param proxy the proxy to use, or empty for the JVM default
 * @param retryPolicy how transient failures are retried
 * @param apiKeySource where the API key came from, e.g. {@code settings.xml server 'featurebase'}:
 *     the messages about a rejected key tell the user to check it there; empty: they say "the API
 *     key". A description, never the key
 * @param sensitiveValues values the client must never print besides the key, such as the resolved
 *     {@code ${env:...}} header values of the workspace's configuration: scrubbed from any text the
 *     server sends back before it reaches a message
 */
public record ClientSettings(
    URI baseUrl,
    Secret apiKey,
    ApiVersion apiVersion,
    Duration connectTimeout,
    Duration readTimeout,
    Optional<ProxyConfig> proxy,
    RetryPolicy retryPolicy,
    Optional<String> apiKeySource,
    List<Secret> sensitiveValues) {

  /**
   * The environment variable that holds the API key where no other source is configured. Front ends
   * read it; a webhook header may never reference it.
   */
  public static final String API_KEY_VARIABLE = "FEATUREBASE_API_KEY";

  /** Featurebase's API root. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://do.featurebase.app");

  /** 10 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** 30 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** Checks the values and normalises the base URL. */
  public ClientSettings {
    baseUrl = normalizeBaseUrl(Objects.requireNonNull(baseUrl, "baseUrl"));
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(apiKeySource, "apiKeySource");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException(
          "The Featurebase API key"
              + apiKeySource.map(source -> " from " + source).orElse("")
              + " is blank: give the workspace's secret API key (sk_...).");
    }
    Objects.requireNonNull(apiVersion, "apiVersion");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    sensitiveValues = List.copyOf(sensitiveValues);
  }

  /**
   * Settings whose API key has no named source.
   *
   * @param baseUrl the API root
   * @param apiKey the workspace API key
   * @param apiVersion the {@code Featurebase-Version} sent with every request
   * @param connectTimeout how long to wait for a connection
   * @param readTimeout how long to wait for a complete answer once connected
   * @param proxy the proxy to use, or empty for the JVM default
   * @param retryPolicy how transient failures are retried
   */
  public ClientSettings(
      URI baseUrl,
      Secret apiKey,
      ApiVersion apiVersion,
      Duration connectTimeout,
      Duration readTimeout,
      Optional<ProxyConfig> proxy,
      RetryPolicy retryPolicy) {
    this(
        baseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        proxy,
        retryPolicy,
        Optional.empty(),
        List.of());
  }

  /**
   * Settings with the defaults: version {@link ApiVersion#DEFAULT}, connect timeout 10 s, read
   * timeout 30 s, no proxy of its own, {@link RetryPolicy#DEFAULT}.
   *
   * @param baseUrl the API root, e.g. {@link #DEFAULT_BASE_URL} or an emulator's address
   * @param apiKey the API key
   * @return the settings
   */
  public static ClientSettings of(URI baseUrl, Secret apiKey) {
    return new ClientSettings(
        baseUrl,
        apiKey,
        ApiVersion.DEFAULT,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT,
        Optional.empty(),
        RetryPolicy.DEFAULT);
  }

  /**
   * Settings for Featurebase itself ({@link #DEFAULT_BASE_URL}) with the defaults.
   *
   * @param apiKey the API key
   * @return the settings
   */
  public static ClientSettings of(Secret apiKey) {
    return of(DEFAULT_BASE_URL, apiKey);
  }

  /** {@return a copy with another base URL} */
  public ClientSettings withBaseUrl(URI newBaseUrl) {
    return new ClientSettings(
        newBaseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        proxy,
        retryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /** {@return a copy with another API key; its source stays as it is unless set again} */
  public ClientSettings withApiKey(Secret newApiKey) {
    return new ClientSettings(
        baseUrl,
        newApiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        proxy,
        retryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /** {@return a copy with another API version} */
  public ClientSettings withApiVersion(ApiVersion newApiVersion) {
    return new ClientSettings(
        baseUrl,
        apiKey,
        newApiVersion,
        connectTimeout,
        readTimeout,
        proxy,
        retryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /** {@return a copy with another connect timeout} */
  public ClientSettings withConnectTimeout(Duration newConnectTimeout) {
    return new ClientSettings(
        baseUrl,
        apiKey,
        apiVersion,
        newConnectTimeout,
        readTimeout,
        proxy,
        retryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /** {@return a copy with another read timeout} */
  public ClientSettings withReadTimeout(Duration newReadTimeout) {
    return new ClientSettings(
        baseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        newReadTimeout,
        proxy,
        retryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /** {@return a copy that goes through the proxy} */
  public ClientSettings withProxy(ProxyConfig newProxy) {
    return new ClientSettings(
        baseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        Optional.of(newProxy),
        retryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /** {@return a copy without a proxy of its own (the JVM default proxy settings apply)} */
  public ClientSettings withoutProxy() {
    return new ClientSettings(
        baseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        Optional.empty(),
        retryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /** {@return a copy with another retry policy} */
  public ClientSettings withRetryPolicy(RetryPolicy newRetryPolicy) {
    return new ClientSettings(
        baseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        proxy,
        newRetryPolicy,
        apiKeySource,
        sensitiveValues);
  }

  /**
   * A copy that names where its API key came from, for the messages about a rejected key.
   *
   * @param newApiKeySource e.g. {@code settings.xml server 'featurebase-prod'} or {@code
   *     environment variable FEATUREBASE_API_KEY}; never the key
   * @return the copy
   */
  public ClientSettings withApiKeySource(String newApiKeySource) {
    return new ClientSettings(
        baseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        proxy,
        retryPolicy,
        Optional.of(newApiKeySource),
        sensitiveValues);
  }

  /**
   * A copy that also scrubs these values from what the server sends back, as it does the key.
   *
   * @param values e.g. the resolved {@code ${env:...}} header values of a workspace
   * @return the copy
   */
  public ClientSettings withSensitiveValues(Collection<Secret> values) {
    List<Secret> all = new ArrayList<>(sensitiveValues);
    all.addAll(values);
    return new ClientSettings(
        baseUrl,
        apiKey,
        apiVersion,
        connectTimeout,
        readTimeout,
        proxy,
        retryPolicy,
        apiKeySource,
        all);
  }

  private static URI normalizeBaseUrl(URI url) {
    try {
      return BaseUrls.normalize(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage() + "; set " + Hints.BASE_URL_PROPERTY + ", e.g. " + DEFAULT_BASE_URL, e);
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
