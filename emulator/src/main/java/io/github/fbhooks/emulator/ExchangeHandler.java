package io.github.fbhooks.emulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one HTTP handler: reads the request, lets the admin API or the fault registry and the API
 * answer it, records it, then writes the answer.
 *
 * <p>Closing the connection without an answer relies on the JDK server's documented behaviour: an
 * {@link HttpExchange#close()} before {@code sendResponseHeaders} closes the connection, and the
 * client sees an IOException ("header parser received no bytes").
 */
final class ExchangeHandler implements HttpHandler {

  /** How much of an oversized body is read and thrown away before answering 413. */
  private static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

  private final AdminApi admin;
  private final V2Api api;
  private final FaultRegistry faults;
  private final RequestLog log;
  private final Clock clock;
  private final PrintStream console;
  private final boolean verbose;

  ExchangeHandler(
      AdminApi admin,
      V2Api api,
      FaultRegistry faults,
      RequestLog log,
      Clock clock,
      PrintStream console,
      boolean verbose) {
    this.admin = admin;
    this.api = api;
    this.faults = faults;
    this.log = log;
    this.clock = clock;
    this.console = console;
    this.verbose = verbose;
  }

  @Override
  public void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    // the line is printed before the answer is sent, so a client that has the answer sees the line
    boolean[] printed = {false};
    Consumer<String> beforeAnswer =
        outcome -> {
          printed[0] = true;
          printVerbose(method, path, outcome, started);
        };
    String outcome = "no answer";
    try {
      outcome = answer(exchange, method, path, beforeAnswer);
    } catch (IOException e) {
      outcome += " (client gone)";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the emulator is closing
      outcome += " (emulator closing)";
    } catch (RuntimeException e) {
      // a bug; the JDK server closes the connection. Only the type is printed: no data.
      console.println(
          "fbhooks emulator: internal error on "
              + method
              + " "
              + path
              + ": "
              + e.getClass().getName());
      outcome += " (internal error)";
    } finally {
      exchange.close();
    }
    if (!printed[0]) {
      printVerbose(method, path, outcome, started);
    }
  }

  private void printVerbose(String method, String path, String outcome, long started) {
    if (verbose) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      console.println(method + " " + path + " -> " + outcome + " (" + millis + " ms)");
    }
  }

  /** {@return how the request ended, for the verbose line} */
  private String answer(
      HttpExchange exchange, String method, String path, Consumer<String> beforeAnswer)
      throws IOException, InterruptedException {
    Optional<ApiRequest> read = read(exchange, method, path);
    if (read.isEmpty()) {
      Response tooLarge =
          Response.error(
              new ApiException(
                  413,
                  "payload_too_large",
                  "The request body is larger than " + Contract.MAX_BODY_BYTES + " bytes",
                  null));
      beforeAnswer.accept("413");
      send(exchange, method, tooLarge);
      return "413";
    }
    ApiRequest request = read.get();
    if (AdminApi.owns(path)) {
      Response response = process(admin::handle, request);
      beforeAnswer.accept(Integer.toString(response.status()));
      send(exchange, method, response);
      return Integer.toString(response.status());
    }
    Optional<Fault> fault = faults.take(method, path);
    FaultAction action = fault.map(Fault::action).orElse(null);
    if (action == FaultAction.DISCONNECT) {
      log.add(LoggedRequest.of(request, null, action));
      return "no answer [fault: disconnect]";
    }
    if (action == FaultAction.DELAY) {
      Thread.sleep(fault.get().delayMs());
    }
    Response response =
        action == FaultAction.RESPOND ? fault.get().response() : process(api::handle, request);
    log.add(LoggedRequest.of(request, response.status(), action));
    if (action == FaultAction.DROP) {
      return response.status() + ", answer dropped [fault: drop]";
    }
    if (action == FaultAction.RESET) {
      beforeAnswer.accept(response.status() + ", answer cut [fault: reset]");
      PartialAnswer.send(exchange, response);
      return response.status() + ", answer cut [fault: reset]";
    }
    String outcome =
        response.status() + (action == null ? "" : " [fault: " + action.wireName() + "]");
    beforeAnswer.accept(outcome);
    send(exchange, method, response);
    return outcome;
  }

  private Optional<ApiRequest> read(HttpExchange exchange, String method, String path)
      throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(Contract.MAX_BODY_BYTES + 1);
      if (body.length > Contract.MAX_BODY_BYTES) {
        // read what the client still sends (bounded), or closing with unread bytes resets the
        // connection and the client never sees the 413
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        for (int n; drained < MAX_DRAIN_BYTES && (n = in.read(buffer)) > 0; ) {
          drained += n;
        }
        return Optional.empty();
      }
    }
    Map<String, List<String>> headers = exchange.getRequestHeaders();
    return Optional.of(
        new ApiRequest(
            method,
            path,
            exchange.getRequestURI().getRawQuery(),
            headers,
            new String(body, StandardCharsets.UTF_8),
            clock.instant()));
  }

  /** Runs a handler; a bug becomes a 500 in the error envelope and one line on the console. */
  private Response process(Function<ApiRequest, Response> handler, ApiRequest r) {
    try {
      return handler.apply(r);
    } catch (RuntimeException e) {
      StackTraceElement[] trace = e.getStackTrace();
      console.println(
          "fbhooks emulator: internal error on "
              + r.method()
              + " "
              + r.path()
              + ": "
              + e.getClass().getName()
              + (trace.length > 0 ? " at " + trace[0] : ""));
      return Response.error(
          new ApiException(500, "internal_error", "Internal error in the emulator", null));
    }
  }

  private static void send(HttpExchange exchange, String method, Response response)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    response.headers().forEach(headers::set);
    byte[] body = response.body();
    int status = response.status();
    boolean bodyless = body.length == 0 || method.equals("HEAD") || status == 204 || status == 304;
    // -1 means no body; 0 would mean chunked
    exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
    if (!bodyless) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
