package io.github.fbhooks.api;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.SettingException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link FeaturebaseClient} needs to reach the API. Build with {@link #builder(URI,
 * Secret)}, or start from {@link #of(URI, Secret)} and change it with {@link #toBuilder()}. {@link
 * #toString()} prints neither the API key nor a proxy password.
 *
 * @param baseUrl the API root: {@code https}, or {@code http} for a loopback host only, without
 *     user info, query or fragment; normalised by {@link BaseUrls#normalize(URI)}
 * @param apiKey the workspace API key ({@code sk_...}), sent as {@code Authorization: Bearer}
 * @param apiVersion the {@code Featurebase-Version} sent with every request
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a complete answer once connected
 * @param proxy the proxy to use, or empty for the JVM default
 * @param retryPolicy how transient failures are retried
 * @param apiKeySource where the API key came from, as the front end names it (e.g. {@code
 *     environment variable FEATUREBASE_API_KEY}): the messages about a rejected key tell the user
 *     to check it there; empty: they say "the API key". A description, never the key
 * @param sensitiveValues values the client must never print besides the key, such as the resolved
 *     {@code ${env:...}} header values of the workspace's configuration: scrubbed from any text the
 *     server sends back before it reaches a message
 * @param transport which JDK HTTP client carries the requests ({@link Transport#HTTP_CLIENT} unless
 *     set)
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
    List<Secret> sensitiveValues,
    Transport transport) {

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

  /** The longest connect or read timeout a user may set, in seconds. */
  public static final int MAX_TIMEOUT_SECONDS = 600;

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
    Objects.requireNonNull(transport, "transport");
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
        List.of(),
        Transport.HTTP_CLIENT);
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
   * Checks a connect timeout a user set.
   *
   * @param seconds the value, 1 to {@value #MAX_TIMEOUT_SECONDS}
   * @return the timeout
   * @throws SettingException for a value out of range, naming the setting and its default
   */
  public static Duration requireConnectTimeout(int seconds) {
    return requireTimeout(Setting.CONNECT_TIMEOUT, seconds, DEFAULT_CONNECT_TIMEOUT);
  }

  /**
   * Checks a read timeout a user set.
   *
   * @param seconds the value, 1 to {@value #MAX_TIMEOUT_SECONDS}
   * @return the timeout
   * @throws SettingException for a value out of range, naming the setting and its default
   */
  public static Duration requireReadTimeout(int seconds) {
    return requireTimeout(Setting.READ_TIMEOUT, seconds, DEFAULT_READ_TIMEOUT);
  }

  private static Duration requireTimeout(Setting setting, int seconds, Duration defaultValue) {
    return Duration.ofSeconds(
        SettingException.requireWithin(
            setting, seconds, MAX_TIMEOUT_SECONDS, (int) defaultValue.toSeconds()));
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

  /**
   * A builder with the defaults: version {@link ApiVersion#DEFAULT}, connect timeout 10 s, read
   * timeout 30 s, no proxy of its own, {@link RetryPolicy#DEFAULT}.
   *
   * @param baseUrl the API root
   * @param apiKey the API key
   * @return the builder
   */
  public static Builder builder(URI baseUrl, Secret apiKey) {
    return of(baseUrl, apiKey).toBuilder();
  }

  /**
   * A builder for Featurebase itself ({@link #DEFAULT_BASE_URL}) with the defaults.
   *
   * @param apiKey the API key
   * @return the builder
   */
  public static Builder builder(Secret apiKey) {
    return builder(DEFAULT_BASE_URL, apiKey);
  }

  /** {@return a builder that starts from these settings} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link ClientSettings}; {@link #build()} checks the values. */
  public static final class Builder {
    private URI baseUrl;
    private Secret apiKey;
    private ApiVersion apiVersion;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Optional<ProxyConfig> proxy;
    private RetryPolicy retryPolicy;
    private Optional<String> apiKeySource;
    private final List<Secret> sensitiveValues;
    private Transport transport;

    private Builder(ClientSettings from) {
      baseUrl = from.baseUrl;
      apiKey = from.apiKey;
      apiVersion = from.apiVersion;
      connectTimeout = from.connectTimeout;
      readTimeout = from.readTimeout;
      proxy = from.proxy;
      retryPolicy = from.retryPolicy;
      apiKeySource = from.apiKeySource;
      sensitiveValues = new ArrayList<>(from.sensitiveValues);
      transport = from.transport;
    }

    /** {@return this builder, with another base URL} */
    public Builder baseUrl(URI value) {
      baseUrl = value;
      return this;
    }

    /** {@return this builder, with another API key; its source stays as it is unless set} */
    public Builder apiKey(Secret value) {
      apiKey = value;
      return this;
    }

    /** {@return this builder, with another API version} */
    public Builder apiVersion(ApiVersion value) {
      apiVersion = value;
      return this;
    }

    /** {@return this builder, with another connect timeout} */
    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    /** {@return this builder, with another read timeout} */
    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    /** {@return this builder, going through the proxy} */
    public Builder proxy(ProxyConfig value) {
      proxy = Optional.of(value);
      return this;
    }

    /** {@return this builder, without a proxy of its own (the JVM default proxy settings apply)} */
    public Builder noProxy() {
      proxy = Optional.empty();
      return this;
    }

    /** {@return this builder, with another retry policy} */
    public Builder retryPolicy(RetryPolicy value) {
      retryPolicy = value;
      return this;
    }

    /**
     * Names where the API key came from, for the messages about a rejected key.
     *
     * @param value as the front end names the source, e.g. {@code environment variable
     *     FEATUREBASE_API_KEY}; never the key
     * @return this builder
     */
    public Builder apiKeySource(String value) {
      apiKeySource = Optional.of(value);
      return this;
    }

    /**
     * Adds values to scrub from what the server sends back, as the key is.
     *
     * @param values e.g. the resolved {@code ${env:...}} header values of a workspace
     * @return this builder
     */
    public Builder sensitiveValues(Collection<Secret> values) {
      sensitiveValues.addAll(values);
      return this;
    }

    /**
     * Chooses the JDK HTTP client that carries the requests.
     *
     * @param value {@link Transport#URL_CONNECTION} for a short-lived program, {@link
     *     Transport#HTTP_CLIENT} (the default) otherwise
     * @return this builder
     */
    public Builder transport(Transport value) {
      transport = value;
      return this;
    }

    /**
     * {@return the settings}
     *
     * @throws IllegalArgumentException when a value is invalid (never naming the key)
     */
    public ClientSettings build() {
      return new ClientSettings(
          baseUrl,
          apiKey,
          apiVersion,
          connectTimeout,
          readTimeout,
          proxy,
          retryPolicy,
          apiKeySource,
          sensitiveValues,
          transport);
    }
  }

  private static URI normalizeBaseUrl(URI url) {
    try {
      return BaseUrls.normalize(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage() + "; set the base URL, e.g. " + DEFAULT_BASE_URL, e);
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
