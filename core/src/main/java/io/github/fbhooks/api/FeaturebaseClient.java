package io.github.fbhooks.api;

import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.http2client.Http2Client;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookPage;
import io.github.fbhooks.webhook.WebhookUpdate;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The Featurebase webhooks API client: the six endpoints of {@link WebhooksApi}, plus {@link
 * #listAll()}. Thread-safe; build one per configuration with {@link #create(ClientSettings,
 * BuildLog)}.
 *
 * <p>Every request sends {@code Authorization: Bearer <key>}, {@code Featurebase-Version}, {@code
 * User-Agent: fbhooks/<version> (Java <version>)} and {@code Accept: application/json}. Requests go
 * over HTTP/1.1 without following redirects, over the JDK client the settings' {@link Transport}
 * names: one shared {@link HttpClient} through Feign's {@code Http2Client}, or {@link
 * java.net.HttpURLConnection} (with PATCH over the shared {@code HttpClient}, as it cannot send
 * PATCH).
 *
 * <p>Every failure is a {@link FeaturebaseException}: {@link FeaturebaseApiException} subclasses by
 * status (a 404 too), {@link TransportException}, {@link MalformedResponseException}. Transient
 * failures are retried as {@link RetryPolicy} describes; a POST only when it certainly had no
 * effect. With debug logging on, exchanges are logged without bodies or credentials.
 *
 * <p>Assumptions about undocumented API behaviour (the form of {@code X-RateLimit-Reset}, retrying
 * a POST after 429, {@code Retry-After}, whether PATCH merges {@code requestConfig.headers}) are
 * collected in {@link ApiAssumptions}.
 */
public final class FeaturebaseClient implements WebhooksApi {

  /** listAll stops after this many pages: far beyond the 10 webhooks a workspace may hold. */
  static final int MAX_PAGES = 1000;

  /** Ids go into the path: only characters that cannot change the path are sent. */
  private static final Pattern PATH_SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private final WebhooksApi api;
  private final ClientSettings settings;
  private final Failures failures;
  private final Waits waits;

  private FeaturebaseClient(
      WebhooksApi api, ClientSettings settings, Failures failures, Waits waits) {
    this.api = api;
    this.settings = settings;
    this.failures = failures;
    this.waits = waits;
  }

  /**
   * Builds a client.
   *
   * <p>Warns through the log when proxy credentials cannot work for an {@code https} base URL
   * because the JVM disables Basic authentication for tunnels (see {@link ProxyConfig}). A plain
   * {@code http} base URL to a host that is not loopback never gets here: {@link ClientSettings}
   * refuses it, since the API key would travel unencrypted.
   *
   * @param settings where and how to connect
   * @param log where debug output and warnings go
   * @return the client
   * @throws UnsupportedApiVersionException when the API version has no webhook endpoints (clover);
   *     nothing is sent then
   */
  public static FeaturebaseClient create(ClientSettings settings, BuildLog log) {
    return create(settings, log, Clock.systemUTC(), Sleeper.system());
  }

  /**
   * Builds a client with its own clock and sleeper, so that tests need not wait for retries.
   *
   * @param settings where and how to connect
   * @param log where debug output and warnings go
   * @param clock the time used to read {@code Retry-After} and {@code X-RateLimit-Reset}
   * @param sleeper how to wait between attempts
   * @return the client
   * @throws UnsupportedApiVersionException when the API version has no webhook endpoints
   */
  public static FeaturebaseClient create(
      ClientSettings settings, BuildLog log, Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    if (!settings.apiVersion().supportsWebhooks()) {
      throw new UnsupportedApiVersionException(settings.apiVersion());
    }
    warnAboutSettings(settings, log);
    Failures failures = new Failures(settings);
    Waits waits = new Waits(log, settings.baseUrl().toString());
    RateBudget budget =
        new RateBudget(clock, sleeper, settings.retryPolicy().maxRetryAfter(), waits);
    Request.Options options =
        new Request.Options(settings.connectTimeout(), settings.readTimeout(), false);
    WebhooksApi api =
        Feign.builder()
            .client(
                new PacedClient(
                    new BufferingClient(transport(settings), settings.readTimeout()), budget))
            .options(options)
            .encoder(new FeaturebaseEncoder())
            .decoder(new FeaturebaseDecoder(failures))
            .errorDecoder(new FeaturebaseErrorDecoder(failures, clock))
            .retryer(
                new FeaturebaseRetryer(
                    settings.retryPolicy(), failures, clock, sleeper, new Random(), log, waits))
            .requestInterceptor(new HeadersInterceptor(settings))
            .logger(new BuildLogFeignLogger(log))
            .logLevel(BuildLogFeignLogger.levelFor(log))
            .target(WebhooksApi.class, settings.baseUrl().toString());
    return new FeaturebaseClient(api, settings, failures, waits);
  }

  private static Client transport(ClientSettings settings) {
    return switch (settings.transport()) {
      case HTTP_CLIENT -> new Http2Client(sharedHttpClient(settings));
      case URL_CONNECTION ->
          new UrlConnectionClient(settings, () -> new Http2Client(sharedHttpClient(settings)));
    };
  }

  /** What makes two HTTP clients differ: clients with equal keys are one. */
  private record HttpClientKey(Duration connectTimeout, Optional<ProxyConfig> proxy) {}

  /**
   * One HTTP client per connection setting, shared by every {@code FeaturebaseClient} of this JVM
   * (e.g. the 100 workspaces of an apply): one connection pool keeps connections hot instead of
   * leaving one idle pool per workspace, which servers close under it (a POST on such a connection
   * fails with an unknown outcome), and one selector thread instead of one per workspace. The key
   * and the proxy credentials are per request or in the settings' authenticator, never in the pool.
   * They are closed when the JVM shuts down, where the JDK can close them and the program opts in
   * ({@link SelectorThreads}).
   */
  private static final ConcurrentMap<HttpClientKey, HttpClient> HTTP_CLIENTS =
      new ConcurrentHashMap<>();

  static HttpClient sharedHttpClient(ClientSettings settings) {
    return HTTP_CLIENTS.computeIfAbsent(
        new HttpClientKey(settings.connectTimeout(), settings.proxy()),
        key -> {
          HttpClient client = httpClient(settings);
          SelectorThreads.register(client);
          return client;
        });
  }

  /**
   * The one HTTP client: HTTP/1.1, the connect timeout, no redirects, the proxy with its non-proxy
   * hosts, and a proxy-only authenticator when the proxy has credentials. The connect timeout and
   * redirect policy match the Feign options, so Feign uses this client as it is. TLS is the JDK
   * default: its trust store and protocols, untouched.
   */
  static HttpClient httpClient(ClientSettings settings) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    settings
        .proxy()
        .ifPresent(
            proxy -> {
              builder.proxy(new NonProxyHostsSelector(proxy));
              if (proxy.hasCredentials()) {
                // only with credentials: with an authenticator the JDK turns a 401 without
                // WWW-Authenticate into an IOException (Failures.transport recognises it)
                builder.authenticator(new ProxyAuthenticator(proxy));
              }
            });
    return builder.build();
  }

  private static boolean isPlainHttp(ClientSettings settings) {
    return settings.baseUrl().getScheme().equalsIgnoreCase("http");
  }

  private static void warnAboutSettings(ClientSettings settings, BuildLog log) {
    String host = settings.baseUrl().getHost();
    settings
        .proxy()
        .filter(ProxyConfig::hasCredentials)
        .filter(proxy -> !isPlainHttp(settings))
        .filter(proxy -> !proxy.bypassesProxy(host))
        .filter(proxy -> ProxyAuthenticator.basicDisabledForTunnels())
        .ifPresent(
            proxy ->
                log.warn(
                    "The proxy "
                        + proxy.host()
                        + ":"
                        + proxy.port()
                        + " has credentials, but this JVM disables Basic authentication for"
                        + " HTTPS tunnels ("
                        + ProxyAuthenticator.TUNNELING_PROPERTY
                        + " includes Basic), so a Basic proxy will answer 407. If it does, set "
                        + Words.setting(Setting.TUNNELING_SCHEMES, "")
                        + "; fbhooks does not change that JVM-wide setting itself."));
  }

  /** {@return the settings this client was built with} */
  public ClientSettings settings() {
    return settings;
  }

  /**
   * Sets what the lines that announce a wait for the rate-limit window add about the caller's
   * progress, e.g. {@code 312 of 1,000 changes done}; they are logged when a wait is a second or
   * longer. Only one caller at a time should use a client for a long run.
   *
   * @param progress gives the note when a wait is announced; null for none
   */
  public void reportProgress(Supplier<String> progress) {
    waits.progress(progress);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Null arguments are left out of the query.
   */
  @Override
  public WebhookPage list(Integer limit, String cursor, String status) {
    return call(() -> api.list(limit, cursor, status));
  }

  /**
   * Lists every webhook, following {@code nextCursor} with pages of {@value
   * WebhooksApi#MAX_PAGE_SIZE} until it is null.
   *
   * @return all webhooks, in the order of the pages
   * @throws MalformedResponseException when a cursor comes back twice (the pages would loop)
   */
  public List<Webhook> listAll() {
    List<Webhook> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String cursor = null;
    for (int pages = 1; ; pages++) {
      WebhookPage page = list(MAX_PAGE_SIZE, cursor, null);
      all.addAll(page.data());
      if (page.isLastPage()) {
        return List.copyOf(all);
      }
      cursor = page.nextCursor();
      if (!seen.add(cursor) || pages >= MAX_PAGES) {
        throw failures.answers().cursorLoop(cursor, pages);
      }
    }
  }

  /** {@inheritDoc} Not retried after an unknown outcome: it could create a duplicate. */
  @Override
  public Webhook create(WebhookCreate body) {
    Objects.requireNonNull(body, "body");
    return call(() -> api.create(body));
  }

  /** {@inheritDoc} */
  @Override
  public Webhook get(String id) {
    return call(() -> api.get(checkId(id)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code requestConfig.headers} is sent as the complete desired map: whether Featurebase
   * merges it with the current headers or replaces them is unconfirmed (see {@link
   * ApiAssumptions}).
   */
  @Override
  public Webhook update(String id, WebhookUpdate body) {
    Objects.requireNonNull(body, "body");
    return call(() -> api.update(checkId(id), body));
  }

  /** {@inheritDoc} */
  @Override
  public DeletedWebhook delete(String id) {
    return call(() -> api.delete(checkId(id)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>After a failure whose {@link FeaturebaseException#outcomeUnknown()} is true, read the
   * webhook: the secret may already have changed.
   */
  @Override
  public Webhook refreshSecret(String id) {
    return call(() -> api.refreshSecret(checkId(id)));
  }

  /**
   * Checks that an id cannot change the request path. Its format (24 lowercase hex characters) is
   * left to Featurebase, which answers 400 {@code invalid_id}.
   */
  private static String checkId(String id) {
    if (id == null || !PATH_SAFE_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "webhook id "
              + (id == null ? "null" : "'" + id + "'")
              + " is not a Featurebase webhook id (24 lowercase hex characters)");
    }
    return id;
  }

  /** Unwraps a failure Feign wrapped; the retryer normally throws it unwrapped already. */
  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (FeignException e) {
      if (e.getCause() instanceof FeaturebaseException failure) {
        throw failure;
      }
      throw new IllegalStateException(
          "fbhooks: unexpected "
              + e.getClass().getSimpleName()
              + " (status "
              + e.status()
              + ") from Feign; please report it",
          null);
    }
  }
}
