package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/** A real webhook receiver on loopback that records what it gets and answers as told. */
final class TestReceiver implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One request as received.
   *
   * @param path the path
   * @param headers the headers, case-insensitive
   * @param body the raw body
   */
  record Received(String path, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    Map<String, List<String>> headerMap() {
      return headers;
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON", e);
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Deque<Integer> statuses = new ArrayDeque<>();
  private volatile long delayMs;
  private volatile ToIntFunction<Received> responder;
  private volatile CountDownLatch gate = new CountDownLatch(0);

  TestReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "test-receiver");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@return the URL to give the webhook} */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/featurebase";
  }

  /** Answers with these statuses in turn; the last one repeats. */
  synchronized TestReceiver answer(Integer... next) {
    statuses.clear();
    statuses.addAll(List.of(next));
    return this;
  }

  /** Answers each request with the status this function gives, instead of the list of answer(). */
  TestReceiver respond(ToIntFunction<Received> statusOf) {
    this.responder = statusOf;
    return this;
  }

  /** Holds every answer from now on until release(): the attempts stay in flight. */
  TestReceiver hold() {
    gate = new CountDownLatch(1);
    return this;
  }

  /** Answers the requests held, and answers at once again. */
  void release() {
    gate.countDown();
  }

  /** Waits this long before answering. */
  TestReceiver delay(long millis) {
    this.delayMs = millis;
    return this;
  }

  /** {@return the next request received, waiting up to 5 s} */
  Received next() throws InterruptedException {
    Received r = received.poll(5, TimeUnit.SECONDS);
    assertThat(r).as("a delivery within 5 s").isNotNull();
    return r;
  }

  /** {@return how many requests wait to be taken with next()} */
  int waiting() {
    return received.size();
  }

  private synchronized int status() {
    return statuses.size() > 1
        ? statuses.removeFirst()
        : statuses.isEmpty() ? 200 : statuses.peek();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Received got =
        new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body);
    CountDownLatch held = gate;
    received.add(got);
    try {
      held.await();
      if (delayMs > 0) {
        Thread.sleep(delayMs);
      }
      ToIntFunction<Received> statusOf = responder;
      exchange.sendResponseHeaders(statusOf == null ? status() : statusOf.applyAsInt(got), -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
