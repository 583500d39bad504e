package com.example.webhooks.receiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.fbhooks.signature.VerificationResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Featurebase webhook receiver on the JDK's own HTTP server: it verifies the signature of every
 * delivery, processes each event id once, and answers 200 at once, leaving the work to a background
 * thread (Featurebase waits 5 s at most, then retries; it counts only 200, 201, 202 and 204 as
 * delivered, so another 2xx such as 203 or 206 would be retried too).
 *
 * <pre>
 * java -cp ... com.example.webhooks.receiver.WebhookReceiver --port 8787 --secrets-file webhook.secret
 * WEBHOOK_SECRETS=whsec_new,whsec_previous java -cp ... com.example.webhooks.receiver.WebhookReceiver
 * </pre>
 */
public final class WebhookReceiver implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The path Featurebase POSTs to. */
  public static final String PATH = "/webhooks/featurebase";

  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final ExecutorService requests = Executors.newFixedThreadPool(4);
  private final ExecutorService work = Executors.newSingleThreadExecutor();
  private final Secrets secrets;
  private final RecentEventIds seen = new RecentEventIds(10_000);

  private WebhookReceiver(HttpServer server, Secrets secrets) {
    this.server = server;
    this.secrets = secrets;
  }

  /**
   * Starts a receiver on 127.0.0.1.
   *
   * @param port the port, 0 for a free one
   * @param secrets the accepted secrets
   * @return the running receiver
   * @throws IOException when the port cannot be bound
   */
  static WebhookReceiver start(int port, Secrets secrets) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    WebhookReceiver receiver = new WebhookReceiver(server, secrets);
    server.createContext(PATH, receiver::handle);
    server.setExecutor(receiver.requests);
    server.start();
    return receiver;
  }

  /** {@return the port the receiver listens on} */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        answer(exchange, 405, "POST only");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1); // the raw bytes: verify before parsing
      }
      if (body.length > MAX_BODY_BYTES) {
        answer(exchange, 413, "too large");
        return;
      }
      VerificationResult result = secrets.verifier().verify(exchange.getRequestHeaders(), body);
      if (!result.isVerified()) {
        // the result never contains a secret or the expected signature: safe to log
        log("rejected a delivery: " + result.status() + ": " + result.message());
        answer(exchange, 401, "signature rejected: " + result.status());
        return;
      }
      JsonNode event = JSON.readTree(body);
      String id = event.path("id").asText("");
      String topic = event.path("topic").asText("");
      if (id.isEmpty()) {
        answer(exchange, 400, "no event id");
        return;
      }
      if (!seen.firstTime(id)) {
        log("duplicate " + id + " (" + topic + ") ignored");
        answer(exchange, 200, "duplicate");
        return;
      }
      log(
          "accepted "
              + id
              + " ("
              + topic
              + ") verified with secret #"
              + (result.matchedSecretIndex() + 1));
      work.execute(() -> process(event));
      answer(exchange, 200, "ok");
    }
  }

  /** Where the real work goes: update your systems from the event. */
  private void process(JsonNode event) {
    log("processed " + describe(event));
  }

  /**
   * What an event is about, e.g. {@code notif_1: conversation 65a1... (conversation.admin.replied)}.
   *
   * @param event the verified event
   * @return a short description
   */
  static String describe(JsonNode event) {
    // conversation topics carry conversationId (and conversationUrl) at the top level of the
    // event, beside webhookId, not inside data
    String about =
        event.hasNonNull("conversationId")
            ? "conversation " + event.path("conversationId").asText()
            : event.at("/data/item/object").asText() + " " + event.at("/data/item/id").asText();
    return event.path("id").asText() + ": " + about + " (" + event.path("topic").asText() + ")";
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void log(String line) {
    System.out.println("receiver: " + line);
  }

  @Override
  public void close() {
    server.stop(0);
    requests.shutdown();
    work.shutdown();
  }

  /**
   * Runs the receiver until the process is stopped.
   *
   * @param args {@code [--port N] [--port-file FILE] [--secrets-file FILE]}; without a secrets
   *     file, the comma-separated secrets of the environment variable {@code WEBHOOK_SECRETS}
   * @throws IOException when the port cannot be bound or the port file written
   */
  public static void main(String[] args) throws IOException {
    int port = 8787;
    Path portFile = null;
    Path secretsFile = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--port-file" -> portFile = Path.of(args[i + 1]);
        case "--secrets-file" -> secretsFile = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Secrets secrets;
    if (secretsFile != null) {
      secrets = Secrets.watching(secretsFile);
    } else if (System.getenv("WEBHOOK_SECRETS") != null) {
      secrets = Secrets.fixed(System.getenv("WEBHOOK_SECRETS"));
    } else {
      throw new IllegalArgumentException("give --secrets-file FILE or set WEBHOOK_SECRETS");
    }
    WebhookReceiver receiver = start(port, secrets);
    log("listening on http://127.0.0.1:" + receiver.port() + PATH);
    if (portFile != null) {
      Path parent = portFile.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, "port", ".tmp");
      Files.writeString(tmp, Integer.toString(receiver.port()));
      Files.move(tmp, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
