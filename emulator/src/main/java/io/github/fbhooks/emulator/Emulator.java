package io.github.fbhooks.emulator;

import com.sun.net.httpserver.HttpServer;
import io.github.fbhooks.webhook.Webhook;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running local Featurebase webhooks API, plus the {@code /__emulator/} admin endpoints.
 *
 * <pre>{@code
 * try (Emulator emulator = Emulator.start(EmulatorOptions.defaults())) {
 *   URI base = emulator.baseUrl(); // http://127.0.0.1:34567
 * }
 * }</pre>
 *
 * <p>Thread-safe; serves many clients at once on a bounded pool of worker threads. Events sent with
 * {@code POST /__emulator/events} are delivered to webhook URLs on a separate small pool, so slow
 * receivers never hold up the API.
 */
public final class Emulator implements AutoCloseable {

  private static final int WORKER_THREADS = 32;
  private static final int QUEUED_EXCHANGES = 1024;
  private static final int BACKLOG = 128;

  /**
   * The JDK server writes an answer's headers and body in two writes; with Nagle's algorithm on,
   * the body waits for the client's delayed ACK of the headers, about 40 ms per request on Linux
   * (measured: 44 ms p50 for a list on loopback, 22 requests/s for one client). The switch is read
   * once, when the JDK server's configuration class loads, so it is set before the first server of
   * this JVM starts, unless the user set it.
   */
  static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NODELAY_PROPERTY) == null) {
      System.setProperty(NODELAY_PROPERTY, "true");
    }
  }

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final Deliverer deliverer;
  private final URI baseUrl;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);

  private Emulator(
      HttpServer server, ThreadPoolExecutor workers, Deliverer deliverer, String host) {
    this.server = server;
    this.workers = workers;
    this.deliverer = deliverer;
    String urlHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    this.baseUrl = URI.create("http://" + urlHost + ":" + server.getAddress().getPort());
  }

  /**
   * Starts an emulator; it serves until {@link #close()}.
   *
   * @param options how to run it
   * @return the running emulator
   * @throws IOException when the address cannot be bound
   * @throws IllegalArgumentException when the seed file is missing or invalid; the message names
   *     the file, the entry and the problem
   */
  public static Emulator start(EmulatorOptions options) throws IOException {
    return start(options, Clock.systemUTC(), System.out);
  }

  /**
   * Starts an emulator with a given clock and console, for tests and the command line.
   *
   * @param console where verbose lines and internal errors go
   */
  static Emulator start(EmulatorOptions options, Clock clock, PrintStream console)
      throws IOException {
    Objects.requireNonNull(options, "options");
    RandomIds ids = new RandomIds(clock);
    List<Webhook> seed =
        options
            .seedFile()
            .map(file -> SeedLoader.load(file, clock, ids, options.maxWebhooks()))
            .orElse(List.of());
    WebhookStore store = new WebhookStore(clock, ids, options.maxWebhooks());
    store.replaceAll(seed);
    RequestLog log = new RequestLog();
    FaultRegistry faults = new FaultRegistry();
    RateLimiter rateLimiter = new RateLimiter(options.rateLimitPerMinute(), clock);
    DeliveryLog deliveries = new DeliveryLog();
    EventLog events = new EventLog();
    Deliverer deliverer =
        new Deliverer(
            store,
            deliveries,
            clock,
            options.retryScale(),
            options.suspendAfter(),
            options.allowExternalDeliveries());
    Workspaces workspaces =
        new Workspaces(
            store,
            options.workspacePerKey(),
            () -> {
              WebhookStore own = new WebhookStore(clock, ids, options.maxWebhooks());
              own.replaceAll(seed);
              return own;
            },
            options.unknownFields());
    Runnable reset =
        () -> {
          workspaces.reset();
          faults.clear();
          deliverer.reset();
          store.replaceAll(seed);
          rateLimiter.reset();
          log.clear();
          deliveries.clear();
          events.clear();
        };
    V2Api api =
        new V2Api(
            new Authenticator(options.apiKey()),
            rateLimiter,
            new VersionCheck(options.defaultVersion()),
            workspaces,
            options.latency());
    ExchangeHandler handler =
        new ExchangeHandler(
            new AdminApi(
                reset,
                log,
                faults,
                new EventEndpoints(
                    store, deliverer, deliveries, events, ids, clock, options.defaultVersion())),
            api,
            faults,
            log,
            clock,
            console,
            options.verbose());

    InetSocketAddress address = new InetSocketAddress(options.host(), options.port());
    if (address.isUnresolved()) {
      throw new IOException("cannot resolve host " + options.host());
    }
    ThreadPoolExecutor workers = newWorkers();
    try {
      HttpServer server = HttpServer.create(address, BACKLOG);
      server.createContext("/", handler);
      server.setExecutor(workers);
      server.start();
      return new Emulator(server, workers, deliverer, options.host());
    } catch (IOException | RuntimeException e) {
      workers.shutdownNow();
      deliverer.close();
      throw e;
    }
  }

  private static ThreadPoolExecutor newWorkers() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread t = new Thread(task, "fbhooks-emulator-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            WORKER_THREADS,
            WORKER_THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUED_EXCHANGES),
            threads);
    workers.allowCoreThreadTimeOut(true);
    return workers;
  }

  /** {@return the base URL of the API, e.g. {@code http://127.0.0.1:34567}, no trailing slash} */
  public URI baseUrl() {
    return baseUrl;
  }

  /** {@return the port the emulator listens on} */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops the emulator at once: the port is released, open connections are closed, requests in
   * progress (also delayed ones) are abandoned, deliveries in flight and pending retries are
   * dropped. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      deliverer.close();
      server.stop(0);
      workers.shutdownNow();
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closed.countDown();
    }
  }

  /**
   * Blocks until the emulator is closed, for running it in the foreground.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public void awaitTermination() throws InterruptedException {
    closed.await();
  }

  @Override
  public String toString() {
    return "Emulator[" + baseUrl + "]";
  }
}
