package io.github.fbhooks.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The {@code reset} fault: a connection that breaks in the middle of the answer. The status line
 * and the headers go out with the full {@code Content-Length}, then half of the body (at least one
 * byte when there is a body), then the connection is closed.
 *
 * <p>The close relies on the JDK server: {@link HttpExchange#close()} on a fixed-length body that
 * is not complete fails internally ("insufficient bytes written to stream") and closes the
 * connection instead of keeping it for the next request, so the client reads an early end of
 * stream.
 */
final class PartialAnswer {

  private PartialAnswer() {}

  /**
   * Sends the head and half the body; the caller then closes the exchange.
   *
   * @param exchange the exchange, not yet answered
   * @param response the answer to cut
   * @throws IOException when the client is gone already
   */
  static void send(HttpExchange exchange, Response response) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    response.headers().forEach(exchange.getResponseHeaders()::set);
    byte[] body = response.body();
    if (body.length == 0) {
      // nothing to cut: promise a body and send none of it
      exchange.sendResponseHeaders(response.status(), 2);
      exchange.getResponseBody().flush();
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length);
    OutputStream out = exchange.getResponseBody();
    out.write(body, 0, Math.max(1, body.length / 2));
    out.flush(); // not closed: closing the exchange with bytes missing closes the connection
  }
}
