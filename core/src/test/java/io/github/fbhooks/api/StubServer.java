package io.github.fbhooks.api;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A scripted HTTP server on loopback: records every request and answers with the queued replies, in
 * order. With no reply queued it answers 418, which the client does not retry. Also serves as a
 * stub proxy: it records absolute request URIs as they come.
 */
final class StubServer implements AutoCloseable {

  /** One recorded request. */
  record Recorded(String method, URI uri, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String path() {
      return uri.getRawPath();
    }

    String query() {
      return uri.getRawQuery();
    }
  }

  /** One scripted answer. */
  record Reply(
      int status,
      Map<String, String> headers,
      byte[] body,
      Duration delay,
      boolean hangUp,
      Duration stallBody) {

    static Reply json(int status, String json) {
      return new Reply(
          status,
          Map.of("Content-Type", "application/json"),
          json.getBytes(StandardCharsets.UTF_8),
          Duration.ZERO,
          false,
          Duration.ZERO);
    }

    static Reply of(int status, String contentType, String body) {
      Map<String, String> headers = new LinkedHashMap<>();
      if (contentType != null) {
        headers.put("Content-Type", contentType);
      }
      return new Reply(
          status,
          headers,
          body.getBytes(StandardCharsets.UTF_8),
          Duration.ZERO,
          false,
          Duration.ZERO);
    }

    /** Closes the connection without any answer. */
    static Reply hangUpWithoutAnswer() {
      return new Reply(0, Map.of(), new byte[0], Duration.ZERO, true, Duration.ZERO);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Reply(status, copy, body, delay, hangUp, stallBody);
    }

    Reply after(Duration newDelay) {
      return new Reply(status, headers, body, newDelay, hangUp, stallBody);
    }

    /** Sends the headers and half the body, then waits before the rest. */
    Reply stallingBodyFor(Duration stall) {
      return new Reply(status, headers, body, delay, hangUp, stall);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<Recorded> requests = new ArrayList<>();

  private StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  static StubServer start() {
    try {
      return new StubServer();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the stub server", e);
    }
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port());
  }

  int port() {
    return server.getAddress().getPort();
  }

  StubServer enqueue(Reply... more) {
    replies.addAll(List.of(more));
    return this;
  }

  List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  Recorded onlyRequest() {
    List<Recorded> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + all.size());
    }
    return all.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Headers headers = new Headers();
      headers.putAll(exchange.getRequestHeaders());
      synchronized (requests) {
        requests.add(
            new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(), headers, body));
      }
      Reply reply = replies.poll();
      if (reply == null) {
        reply = Reply.of(418, "text/plain", "stub: no reply queued");
      }
      sleep(reply.delay());
      if (reply.hangUp()) {
        return; // closing the exchange before any header closes the connection
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.sendResponseHeaders(
          reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      if (reply.body().length > 0) {
        OutputStream out = exchange.getResponseBody();
        if (reply.stallBody().isZero()) {
          out.write(reply.body());
        } else {
          int half = reply.body().length / 2;
          out.write(reply.body(), 0, half);
          out.flush();
          sleep(reply.stallBody());
          out.write(reply.body(), half, reply.body().length - half);
        }
      }
    } catch (IOException e) {
      // the client went away (timeout tests): nothing to answer
    }
  }

  private static void sleep(Duration duration) {
    if (duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
