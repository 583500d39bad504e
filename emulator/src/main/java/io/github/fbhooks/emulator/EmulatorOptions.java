package io.github.fbhooks.emulator;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run an {@link Emulator}. Start from {@link #defaults()} and change fields with the {@code
 * with...} methods.
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

  /**
   * Copies these options with one change.
   *
   * @param newHost the host
   * @return a copy listening on another host
   */
  public EmulatorOptions withHost(String newHost) {
    return new EmulatorOptions(
        newHost,
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

  /**
   * Copies these options with one change.
   *
   * @param newPort the port, 0 for a free one
   * @return a copy listening on another port
   */
  public EmulatorOptions withPort(int newPort) {
    return new EmulatorOptions(
        host,
        newPort,
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

  /**
   * Copies these options with one change.
   *
   * @param newApiKey the key, or empty for any
   * @return a copy with another API key setting
   */
  public EmulatorOptions withApiKey(Optional<Secret> newApiKey) {
    return new EmulatorOptions(
        host,
        port,
        newApiKey,
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

  /**
   * Copies these options with one change.
   *
   * @param newApiKey the key ({@code sk_...})
   * @return a copy accepting only this API key
   */
  public EmulatorOptions withApiKey(Secret newApiKey) {
    return withApiKey(Optional.of(newApiKey));
  }

  /**
   * Copies these options with one change.
   *
   * @param newSeedFile the file, or empty for none
   * @return a copy with another seed setting
   */
  public EmulatorOptions withSeedFile(Optional<Path> newSeedFile) {
    return new EmulatorOptions(
        host,
        port,
        apiKey,
        newSeedFile,
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

  /**
   * Copies these options with one change.
   *
   * @param newSeedFile the JSON seed file
   * @return a copy starting from this seed file
   */
  public EmulatorOptions withSeedFile(Path newSeedFile) {
    return withSeedFile(Optional.of(newSeedFile));
  }

  /**
   * Copies these options with one change.
   *
   * @param newDefaultVersion the version
   * @return a copy with another default version
   */
  public EmulatorOptions withDefaultVersion(ApiVersion newDefaultVersion) {
    return new EmulatorOptions(
        host,
        port,
        apiKey,
        seedFile,
        newDefaultVersion,
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

  /**
   * Copies these options with one change.
   *
   * @param newLimit requests per key per minute
   * @return a copy with another rate limit
   */
  public EmulatorOptions withRateLimitPerMinute(int newLimit) {
    return new EmulatorOptions(
        host,
        port,
        apiKey,
        seedFile,
        defaultVersion,
        newLimit,
        verbose,
        retryScale,
        suspendAfter,
        latency,
        workspacePerKey,
        maxWebhooks,
        unknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newVerbose whether to log requests
   * @return a copy with verbose on or off
   */
  public EmulatorOptions withVerbose(boolean newVerbose) {
    return new EmulatorOptions(
        host,
        port,
        apiKey,
        seedFile,
        defaultVersion,
        rateLimitPerMinute,
        newVerbose,
        retryScale,
        suspendAfter,
        latency,
        workspacePerKey,
        maxWebhooks,
        unknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newRetryScale the factor for the retry waits, more than 0 and at most 1
   * @return a copy retrying faster (or at Featurebase's pace with 1)
   */
  public EmulatorOptions withRetryScale(double newRetryScale) {
    return new EmulatorOptions(
        host,
        port,
        apiKey,
        seedFile,
        defaultVersion,
        rateLimitPerMinute,
        verbose,
        newRetryScale,
        suspendAfter,
        latency,
        workspacePerKey,
        maxWebhooks,
        unknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newSuspendAfter failed attempts in a row before a webhook is suspended
   * @return a copy with another suspension threshold
   */
  public EmulatorOptions withSuspendAfter(int newSuspendAfter) {
    return new EmulatorOptions(
        host,
        port,
        apiKey,
        seedFile,
        defaultVersion,
        rateLimitPerMinute,
        verbose,
        retryScale,
        newSuspendAfter,
        latency,
        workspacePerKey,
        maxWebhooks,
        unknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newLatency how long every {@code /v2} request waits before it is processed, zero for
   *     none
   * @return a copy answering more slowly (or at full speed with zero)
   */
  public EmulatorOptions withLatency(Duration newLatency) {
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
        newLatency,
        workspacePerKey,
        maxWebhooks,
        unknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newWorkspacePerKey whether each API key has a workspace of its own
   * @return a copy with one workspace per key, or one shared workspace
   */
  public EmulatorOptions withWorkspacePerKey(boolean newWorkspacePerKey) {
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
        newWorkspacePerKey,
        maxWebhooks,
        unknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newMaxWebhooks webhooks per workspace, at least 1
   * @return a copy with another webhook limit
   */
  public EmulatorOptions withMaxWebhooks(int newMaxWebhooks) {
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
        newMaxWebhooks,
        unknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newUnknownFields refuse or ignore fields the schema lacks
   * @return a copy treating unknown body fields the other way
   */
  public EmulatorOptions withUnknownFields(UnknownFields newUnknownFields) {
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
        newUnknownFields,
        allowExternalDeliveries);
  }

  /**
   * Copies these options with one change.
   *
   * @param newAllowExternalDeliveries whether to deliver to hosts other than loopback
   * @return a copy delivering outside this machine, or to loopback hosts only
   */
  public EmulatorOptions withAllowExternalDeliveries(boolean newAllowExternalDeliveries) {
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
        newAllowExternalDeliveries);
  }
}
