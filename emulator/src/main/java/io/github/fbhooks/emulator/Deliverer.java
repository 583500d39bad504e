package io.github.fbhooks.emulator;

import io.github.fbhooks.api.SelectorThreads;
import io.github.fbhooks.signature.WebhookSignatures;
import io.github.fbhooks.webhook.LoopbackHosts;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends events to webhook URLs as Featurebase does, on its own small pool of threads, apart from
 * the threads that serve the API: signed POSTs, the webhook's custom headers and timeout, retries
 * on the (scaled) schedule, health and suspension.
 *
 * <p>Each attempt reads the webhook afresh, so a rotated secret, a new URL or new headers apply to
 * the next attempt, retries of older events included. A reset forgets pending retries and attempts
 * in flight; {@link #close()} abandons everything at once.
 */
final class Deliverer implements AutoCloseable {

  private static final int DELIVERY_THREADS = 4;
  private static final int HTTP_THREADS = 2;

  private final WebhookStore store;
  private final DeliveryLog log;
  private final Clock clock;
  private final double retryScale;
  private final int suspendAfter;
  private final boolean allowExternal;
  private final ScheduledThreadPoolExecutor scheduler;
  private final ThreadPoolExecutor httpThreads;
  private final HttpClient http;
  private final AtomicLong generation = new AtomicLong();

  /** By event and webhook: one event can wait for a retry to each of several webhooks. */
  private final Map<Delivery.Key, Retry> retries = new ConcurrentHashMap<>();

  /** A retry waiting for its time; whoever claims it first (timer or retry-now) runs it. */
  private static final class Retry {
    final Delivery delivery;
    final int attempt;
    final long generation;
    final Instant dueAt;
    final AtomicBoolean claimed = new AtomicBoolean();
    volatile ScheduledFuture<?> timer;

    Retry(Delivery delivery, int attempt, long generation, Instant dueAt) {
      this.delivery = delivery;
      this.attempt = attempt;
      this.generation = generation;
      this.dueAt = dueAt;
    }
  }

  /**
   * A retry that is waiting, as the admin API lists it.
   *
   * @param eventId the event
   * @param webhookId the webhook
   * @param attempt the number the attempt will have
   * @param dueAt when it is due
   */
  record PendingRetry(String eventId, String webhookId, int attempt, Instant dueAt) {}

  /**
   * @param store the webhooks
   * @param log where attempts go
   * @param clock for timestamps and signatures
   * @param retryScale the factor of the retry waits
   * @param suspendAfter failed attempts in a row that suspend a webhook
   * @param allowExternal whether URLs outside this machine get deliveries
   */
  Deliverer(
      WebhookStore store,
      DeliveryLog log,
      Clock clock,
      double retryScale,
      int suspendAfter,
      boolean allowExternal) {
    this.store = store;
    this.log = log;
    this.clock = clock;
    this.retryScale = retryScale;
    this.suspendAfter = suspendAfter;
    this.allowExternal = allowExternal;
    this.scheduler = new ScheduledThreadPoolExecutor(DELIVERY_THREADS, threads("delivery"));
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setKeepAliveTime(30, TimeUnit.SECONDS);
    scheduler.allowCoreThreadTimeOut(true);
    this.httpThreads =
        new ThreadPoolExecutor(
            HTTP_THREADS,
            HTTP_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            threads("delivery-http"));
    httpThreads.allowCoreThreadTimeOut(true);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .executor(httpThreads)
            .build();
  }

  private static ThreadFactory threads(String kind) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "fbhooks-emulator-" + kind + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Starts delivering events: each first attempt runs at once on the delivery pool.
   *
   * @param deliveries the events, one per webhook
   * @return the first attempts, completing with null when the emulator closes or resets first
   */
  List<CompletableFuture<DeliveryAttempt>> deliver(List<Delivery> deliveries) {
    long gen = generation.get();
    List<CompletableFuture<DeliveryAttempt>> firsts = new ArrayList<>();
    for (Delivery d : deliveries) {
      firsts.add(submit(d, 1, gen));
    }
    return firsts;
  }

  /**
   * Runs every pending retry now instead of at its time, as if the wait had passed.
   *
   * @return the retries started, with their attempts
   */
  Map<PendingRetry, CompletableFuture<DeliveryAttempt>> retryNow() {
    Map<PendingRetry, CompletableFuture<DeliveryAttempt>> started = new LinkedHashMap<>();
    List<Retry> due = new ArrayList<>(retries.values());
    due.sort(Comparator.comparing((Retry r) -> r.dueAt));
    for (Retry r : due) {
      if (r.claimed.compareAndSet(false, true)) {
        retries.remove(r.delivery.key(), r);
        ScheduledFuture<?> timer = r.timer;
        if (timer != null) {
          timer.cancel(false);
        }
        started.put(describe(r), submit(r.delivery, r.attempt, r.generation));
      }
    }
    return started;
  }

  /** {@return the retries waiting for their time, soonest first} */
  List<PendingRetry> pending() {
    return retries.values().stream()
        .map(Deliverer::describe)
        .sorted(Comparator.comparing(PendingRetry::dueAt))
        .toList();
  }

  private static PendingRetry describe(Retry r) {
    return new PendingRetry(r.delivery.eventId(), r.delivery.webhookId(), r.attempt, r.dueAt);
  }

  /** Forgets pending retries and the results of attempts in flight. */
  void reset() {
    generation.incrementAndGet();
    for (Retry r : retries.values()) {
      if (r.claimed.compareAndSet(false, true) && r.timer != null) {
        r.timer.cancel(false);
      }
    }
    retries.clear();
  }

  /** Stops at once: pending retries are dropped, attempts in flight abandoned. */
  @Override
  public void close() {
    generation.incrementAndGet();
    scheduler.shutdownNow();
    httpThreads.shutdownNow();
    try {
      scheduler.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    retries.clear();
    SelectorThreads.stop(http);
  }

  private CompletableFuture<DeliveryAttempt> submit(Delivery d, int attempt, long gen) {
    CompletableFuture<DeliveryAttempt> result = new CompletableFuture<>();
    try {
      scheduler.execute(() -> run(d, attempt, gen, result));
    } catch (RejectedExecutionException e) {
      result.complete(null); // closed
    }
    return result;
  }

  private void run(Delivery d, int attempt, long gen, CompletableFuture<DeliveryAttempt> result) {
    try {
      result.complete(attempt(d, attempt, gen));
    } catch (RuntimeException e) {
      result.completeExceptionally(e); // a bug: the waiting admin request reports it as a 500
    }
  }

  /** {@return the attempt as logged, or null when the emulator closed or reset meanwhile} */
  private DeliveryAttempt attempt(Delivery d, int attempt, long gen) {
    if (gen != generation.get()) {
      return null;
    }
    Instant at = now();
    Webhook w = store.get(d.webhookId()).orElse(null);
    if (w == null) {
      return logged(DeliveryAttempt.skipped(d, attempt, null, at, "the webhook was deleted"));
    }
    if (w.status() != WebhookStatus.ACTIVE) {
      return logged(
          DeliveryAttempt.skipped(
              d, attempt, w.url(), at, "the webhook is " + w.status().wireName()));
    }
    Optional<String> external = allowExternal ? Optional.empty() : externalOrigin(w.url());
    if (external.isPresent()) {
      // an emulator in a build must not send signed POSTs to the internet unless asked to
      return logged(
          DeliveryAttempt.refused(
              d,
              attempt,
              w.url(),
              at,
              external.get()
                  + " is not a loopback host; start the emulator with"
                  + " --allow-external-deliveries to deliver outside this machine"));
    }
    long timestamp = clock.instant().getEpochSecond();
    String signature = WebhookSignatures.sign(w.secret(), timestamp, d.body());
    AttemptOutcome outcome = send(w, timestamp, signature, d.body());
    if (outcome == null || gen != generation.get()) {
      return null;
    }
    Webhook after = store.recordAttempt(w.id(), outcome, at, suspendAfter).orElse(null);
    boolean retry =
        !outcome.succeeded()
            && attempt < Contract.MAX_ATTEMPTS
            && after != null
            && after.status() == WebhookStatus.ACTIVE;
    Duration wait = retry ? scaled(Contract.RETRY_DELAYS.get(attempt - 1)) : null;
    Instant dueAt = retry ? now().plus(wait) : null;
    DeliveryAttempt logged =
        logged(
            new DeliveryAttempt(
                d.eventId(),
                d.webhookId(),
                d.topic(),
                w.url(),
                attempt,
                outcome.succeeded()
                    ? DeliveryAttempt.Outcome.SUCCEEDED
                    : DeliveryAttempt.Outcome.FAILED,
                outcome.status(),
                outcome.latencyMs(),
                outcome.error(),
                w.secret().fingerprint(),
                at,
                dueAt));
    if (retry) {
      schedule(new Retry(d, attempt + 1, gen, dueAt), wait);
    }
    return logged;
  }

  private void schedule(Retry r, Duration wait) {
    retries.put(r.delivery.key(), r);
    Runnable fire =
        () -> {
          if (r.claimed.compareAndSet(false, true)) {
            retries.remove(r.delivery.key(), r);
            attempt(r.delivery, r.attempt, r.generation);
          }
        };
    try {
      r.timer = scheduler.schedule(fire, wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      retries.remove(r.delivery.key(), r); // closed
    }
  }

  private DeliveryAttempt logged(DeliveryAttempt entry) {
    log.add(entry);
    return entry;
  }

  /** {@return how the POST went, or null when interrupted because the emulator is closing} */
  private AttemptOutcome send(Webhook w, long timestamp, String signature, byte[] body) {
    RequestConfig config = RequestConfigPatch.complete(w.requestConfig());
    int timeoutMs = config.timeoutMs();
    HttpRequest request;
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(w.url()))
              .timeout(Duration.ofMillis(timeoutMs))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .setHeader("User-Agent", Contract.DELIVERY_USER_AGENT);
      for (Map.Entry<String, String> h : config.headers().entrySet()) {
        try {
          b.setHeader(h.getKey(), h.getValue());
        } catch (IllegalArgumentException e) {
          return AttemptOutcome.failed(
              "the custom header \"" + h.getKey() + "\" cannot be sent by the emulator", 0);
        }
      }
      b.setHeader("Content-Type", "application/json");
      b.setHeader(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(timestamp));
      b.setHeader(WebhookSignatures.SIGNATURE_HEADER, signature);
      request = b.build();
    } catch (IllegalArgumentException e) {
      return AttemptOutcome.failed("the URL cannot be used for a request", 0);
    }
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<Void>> response;
    try {
      response = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    } catch (RejectedExecutionException e) {
      return null; // closing
    }
    try {
      int status = response.get(timeoutMs, TimeUnit.MILLISECONDS).statusCode();
      return AttemptOutcome.answered(status, millisSince(started));
    } catch (TimeoutException e) {
      response.cancel(true);
      return AttemptOutcome.failed("timed out after " + timeoutMs + " ms", millisSince(started));
    } catch (ExecutionException e) {
      return AttemptOutcome.failed(describe(e.getCause(), timeoutMs), millisSince(started));
    } catch (InterruptedException e) {
      response.cancel(true);
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** {@return the scheme, host and port of a URL outside this machine, or empty for loopback} */
  static Optional<String> externalOrigin(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.of("the URL");
    }
    String host = uri.getHost();
    if (host != null && LoopbackHosts.isLoopback(host)) {
      return Optional.empty();
    }
    return Optional.of(
        uri.getScheme()
            + "://"
            + (host == null ? "" : host)
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
  }

  private static String describe(Throwable cause, int timeoutMs) {
    if (cause instanceof HttpTimeoutException) {
      return "timed out after " + timeoutMs + " ms";
    }
    if (cause instanceof ConnectException) {
      return "connection refused";
    }
    if (cause instanceof IOException && cause.getMessage() != null) {
      return "connection failed: " + cause.getMessage();
    }
    return "connection failed: " + cause.getClass().getSimpleName();
  }

  private static long millisSince(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }

  private Duration scaled(Duration wait) {
    return Duration.ofNanos(Math.max(1, Math.round(wait.toNanos() * retryScale)));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
