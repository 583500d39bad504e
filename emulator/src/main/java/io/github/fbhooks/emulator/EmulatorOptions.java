package io.github.fbhooks.emulator;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run an {@link Emulator}. Build with {@link #builder()}, which starts from the {@link
 * #defaults()}.
 *
 * @param host the interface to listen on, e.g. {@code 127.0.0.1}
 * @param port the port, 0 to pick a free one
 * @param apiKey the only API key accepted; when empty, any {@code sk_...} bearer key is accepted
 * @param seedFile a JSON file with the webhooks to start with (and to go back to on reset)
 * @param defaultVersion the workspace's default API version: the version of requests without a
 *     {@code Featurebase-Version} header, and the one {@code data.item} of deliveries follows,
 *     whatever version the requests send
 * @param rateLimitPerMinute requests per API key per fixed one-minute window, at least 1
 * @param verbose whether to print one line per request (never headers, bodies, keys or secrets)
 * @param retryScale how fast the delivery retry schedule runs: 1 is Featurebase's (+1 min, +1 h, +6
 *     h), 0.001 turns it into +60 ms, +3.6 s, +21.6 s; more than 0, at most 1
 * @param suspendAfter failed delivery attempts in a row after which a webhook is suspended, at
 *     least 1
 * @param latency how long every {@code /v2} request waits before it is processed (a slow network or
 *     server, for benchmarks), zero for none; at most one minute
 * @param workspacePerKey whether each API key has a workspace of its own (all starting from the
 *     seed), as Featurebase keys belong to one workspace each; false: every key sees one workspace.
 *     Events ({@code POST /__emulator/events}) reach only the webhooks of the shared workspace
 * @param maxWebhooks webhooks one workspace may hold before a create is refused with 400
 *     invalid_request; Featurebase defaults to 10 and a workspace's plan can raise it; at least 1
 * @param unknownFields what a create or update body field the schema lacks gets: refused with 400
 *     parameter_not_supported (the default) or ignored; Featurebase's behaviour is unconfirmed
 * @param allowExternalDeliveries whether events may be delivered to webhook URLs outside this
 *     machine; false (the default): only loopback hosts ({@code localhost}, 127.0.0.0/8, [::1]) get
 *     deliveries, and an event for another URL is logged as refused, never sent
 */
public record EmulatorOptions(
    String host,
    int port,
    Optional<Secret> apiKey,
    Optional<Path> seedFile,
    ApiVersion defaultVersion,
    int rateLimitPerMinute,
    boolean verbose,
    double retryScale,
    int suspendAfter,
    Duration latency,
    boolean workspacePerKey,
    int maxWebhooks,
    UnknownFields unknownFields,
    boolean allowExternalDeliveries) {

  /** The default host: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Featurebase's per-key limit. */
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 2000;

  /** Featurebase's retry schedule, unscaled. */
  public static final double DEFAULT_RETRY_SCALE = 1.0;

  /** Failed attempts in a row before suspension: a plausible guess, Featurebase does not say. */
  public static final int DEFAULT_SUSPEND_AFTER = Contract.SUSPEND_AFTER_FAILURES;

  /** Webhooks per workspace: Featurebase's default, which a workspace's plan can raise. */
  public static final int DEFAULT_MAX_WEBHOOKS = Contract.DEFAULT_MAX_WEBHOOKS;

  /** The longest injected latency. */
  public static final Duration MAX_LATENCY = Duration.ofMinutes(1);

  /** Checks every field; messages never contain the API key. */
  public EmulatorOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(seedFile, "seedFile");
    Objects.requireNonNull(defaultVersion, "defaultVersion");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535, got " + port);
    }
    if (apiKey.isPresent() && !apiKey.get().reveal().matches("sk_[\\x21-\\x7e]+")) {
      throw new IllegalArgumentException(
          "the API key must start with sk_ and contain no spaces (value not shown)");
    }
    if (rateLimitPerMinute < 1) {
      throw new IllegalArgumentException(
          "rateLimitPerMinute must be at least 1, got " + rateLimitPerMinute);
    }
    if (!(retryScale > 0 && retryScale <= 1)) {
      throw new IllegalArgumentException(
          "retryScale must be more than 0 and at most 1 (e.g. 0.001), got " + retryScale);
    }
    if (suspendAfter < 1) {
      throw new IllegalArgumentException("suspendAfter must be at least 1, got " + suspendAfter);
    }
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
      throw new IllegalArgumentException(
          "latency must be from 0 to "
              + MAX_LATENCY.toMillis()
              + " ms, got "
              + latency.toMillis()
              + " ms");
    }
    Objects.requireNonNull(unknownFields, "unknownFields");
    if (maxWebhooks < 1) {
      throw new IllegalArgumentException("maxWebhooks must be at least 1, got " + maxWebhooks);
    }
  }

  /**
   * {@return 127.0.0.1, a free port, any {@code sk_} key, no seed, {@code 2026-01-01.nova}, 2000
   * requests per minute, quiet, real retry schedule, suspension after 10 failed attempts, 10
   * webhooks per workspace, unknown body fields refused, deliveries to loopback hosts only}
   */
  public static EmulatorOptions defaults() {
    return new EmulatorOptions(
        DEFAULT_HOST,
        0,
        Optional.empty(),
        Optional.empty(),
        ApiVersion.NOVA,
        DEFAULT_RATE_LIMIT_PER_MINUTE,
        false,
        DEFAULT_RETRY_SCALE,
        DEFAULT_SUSPEND_AFTER,
        Duration.ZERO,
        false,
        DEFAULT_MAX_WEBHOOKS,
        Contract.UNKNOWN_FIELDS,
        false);
  }

  /** {@return a builder that starts from the {@link #defaults()}} */
  public static Builder builder() {
    return defaults().toBuilder();
  }

  /** {@return a builder that starts from these options} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link EmulatorOptions}; {@link #build()} checks every field. */
  public static final class Builder {
    private String host;
    private int port;
    private Optional<Secret> apiKey;
    private Optional<Path> seedFile;
    private ApiVersion defaultVersion;
    private int rateLimitPerMinute;
    private boolean verbose;
    private double retryScale;
    private int suspendAfter;
    private Duration latency;
    private boolean workspacePerKey;
    private int maxWebhooks;
    private UnknownFields unknownFields;
    private boolean allowExternalDeliveries;

    private Builder(EmulatorOptions from) {
      host = from.host;
      port = from.port;
      apiKey = from.apiKey;
      seedFile = from.seedFile;
      defaultVersion = from.defaultVersion;
      rateLimitPerMinute = from.rateLimitPerMinute;
      verbose = from.verbose;
      retryScale = from.retryScale;
      suspendAfter = from.suspendAfter;
      latency = from.latency;
      workspacePerKey = from.workspacePerKey;
      maxWebhooks = from.maxWebhooks;
      unknownFields = from.unknownFields;
      allowExternalDeliveries = from.allowExternalDeliveries;
    }

    /** {@return this builder, with the interface to listen on} */
    public Builder host(String value) {
      host = value;
      return this;
    }

    /** {@return this builder, with the port, 0 for a free one} */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** {@return this builder, with the only API key accepted} */
    public Builder apiKey(Optional<Secret> value) {
      apiKey = value;
      return this;
    }

    /** {@return this builder, with the seed file} */
    public Builder seedFile(Optional<Path> value) {
      seedFile = value;
      return this;
    }

    /** {@return this builder, with the workspace's default API version} */
    public Builder defaultVersion(ApiVersion value) {
      defaultVersion = value;
      return this;
    }

    /** {@return this builder, with requests per key per minute} */
    public Builder rateLimitPerMinute(int value) {
      rateLimitPerMinute = value;
      return this;
    }

    /** {@return this builder, with whether to print one line per request} */
    public Builder verbose(boolean value) {
      verbose = value;
      return this;
    }

    /** {@return this builder, with the delivery retry time scale} */
    public Builder retryScale(double value) {
      retryScale = value;
      return this;
    }

    /** {@return this builder, with failed attempts in a row before suspension} */
    public Builder suspendAfter(int value) {
      suspendAfter = value;
      return this;
    }

    /** {@return this builder, with the latency of every /v2 request} */
    public Builder latency(Duration value) {
      latency = value;
      return this;
    }

    /** {@return this builder, with whether each key has a workspace of its own} */
    public Builder workspacePerKey(boolean value) {
      workspacePerKey = value;
      return this;
    }

    /** {@return this builder, with webhooks per workspace} */
    public Builder maxWebhooks(int value) {
      maxWebhooks = value;
      return this;
    }

    /** {@return this builder, with what unknown body fields get} */
    public Builder unknownFields(UnknownFields value) {
      unknownFields = value;
      return this;
    }

    /** {@return this builder, with whether deliveries may leave this machine} */
    public Builder allowExternalDeliveries(boolean value) {
      allowExternalDeliveries = value;
      return this;
    }

    /** {@return this builder, accepting only this API key} */
    public Builder apiKey(Secret value) {
      return apiKey(Optional.of(value));
    }

    /** {@return this builder, starting from this seed file} */
    public Builder seedFile(Path value) {
      return seedFile(Optional.of(value));
    }

    /**
     * {@return the options}
     *
     * @throws IllegalArgumentException when a field is out of range (never naming the key)
     */
    public EmulatorOptions build() {
      return new EmulatorOptions(
          host,
          port,
          apiKey,
          seedFile,
          defaultVersion,
          rateLimitPerMinute,
          verbose,
          retryScale,
          suspendAfter,
          latency,
          workspacePerKey,
          maxWebhooks,
          unknownFields,
          allowExternalDeliveries);
    }
  }
}
