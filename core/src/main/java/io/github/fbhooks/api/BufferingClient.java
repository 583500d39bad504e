package io.github.fbhooks.api;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Reads every response body completely inside the HTTP call, so that a connection that breaks
 * mid-body is a transport failure like any other (and the body can be read twice: by the logger for
 * its length, by the decoders).
 *
 * <p>Bodies are capped at {@value #MAX_BODY_BYTES} bytes (a webhook page is a few kilobytes), so a
 * broken or hostile server cannot exhaust the heap: a larger successful answer fails with {@link
 * ResponseTooLargeException}; a larger error answer is kept without its body, and is typed by its
 * status as any error whose body is not a Featurebase error.
 *
 * <p>A body shorter than its {@code Content-Length} is a broken connection ({@link EOFException}),
 * not an answer: {@code HttpURLConnection} does not check the length itself.
 *
 * <p>The JDK's request timeout stops at the response headers; a body that stalls after them would
 * block forever. The body therefore gets its own deadline, the read timeout, after which the stream
 * is closed and the call fails with a read timeout.
 */
final class BufferingClient implements Client {

  /** The largest body read: 4 MiB. */
  static final int MAX_BODY_BYTES = 4 << 20;

  private final Client delegate;
  private final Duration bodyTimeout;

  BufferingClient(Client delegate, Duration bodyTimeout) {
    this.delegate = delegate;
    this.bodyTimeout = bodyTimeout;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Response response = delegate.execute(request, options);
    if (response.body() == null) {
      return response.toBuilder().body(new byte[0]).build();
    }
    byte[] body;
    try (InputStream in = response.body().asInputStream()) {
      body = readWithDeadline(in);
    }
    Integer announced = response.body().length();
    if (announced != null && body.length <= MAX_BODY_BYTES && body.length < announced) {
      // HttpURLConnection ends a body early without a word when the connection breaks
      throw new EOFException(
          "the connection closed after "
              + body.length
              + " of the "
              + announced
              + " bytes its Content-Length announced");
    }
    if (body.length > MAX_BODY_BYTES) {
      if (response.status() >= 200 && response.status() < 300) {
        throw new ResponseTooLargeException(
            response.status(), Responses.header(response, "Content-Type").orElse(null));
      }
      body = new byte[0];
    }
    return response.toBuilder().body(body).build();
  }

  private byte[] readWithDeadline(InputStream in) throws IOException {
    Deadline deadline =
        Deadline.start(
            bodyTimeout.toMillis(),
            () -> {
              try {
                in.close();
              } catch (IOException ignored) {
                // the reading thread sees the failure
              }
            });
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      // HttpURLConnection's own read timeout means the body stalled as long as the deadline allows
      if (deadline.finishedInTime() && !(e instanceof SocketTimeoutException)) {
        throw e;
      }
      throw bodyTimeout(e);
    }
    if (!deadline.finishedInTime()) {
      // the deadline closed the stream, which some streams report as its end: the body is cut
      throw bodyTimeout(null);
    }
    return bytes;
  }

  private HttpTimeoutException bodyTimeout(IOException cause) {
    HttpTimeoutException timeout =
        new HttpTimeoutException(
            "response body not complete within " + bodyTimeout.toMillis() + " ms");
    timeout.initCause(cause);
    return timeout;
  }
}
