package io.github.fbhooks.api;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link Transport#URL_CONNECTION} transport: each request on the calling thread over {@link
 * HttpURLConnection}, PATCH over the client that {@code forPatch} supplies (the shared {@code
 * HttpClient}, started on the first PATCH).
 *
 * <p>It keeps the promises of the {@code HttpClient} transport: no redirects, the proxy of the
 * settings (or the JVM's), proxy credentials for the proxy only and never a JVM-wide default
 * authenticator's, the JDK's TLS trust. Failures come out as the same JDK types, so {@link
 * TransportFailures} sorts both alike: a connect timeout (TLS handshake included: nothing was sent)
 * as {@link HttpConnectTimeoutException}, a read timeout as {@link HttpTimeoutException}. The read
 * timeout bounds the wait for the whole head, as the {@code HttpClient}'s request timeout does: a
 * server that sends it a byte at a time is cut off when the time is over. {@link BufferingClient}
 * bounds the body in both.
 *
 * <p>A request with a body streams it with a fixed length: the JDK then never repeats the request
 * on its own (see {@link Transport#URL_CONNECTION}). A request without a body sends no {@code
 * Content-Type}, as the {@code HttpClient} transport does, since {@code HttpURLConnection} would
 * label a streamed empty body as a form.
 */
final class UrlConnectionClient implements Client {

  /** Answers no challenge, where a JVM-wide default authenticator might answer a server's. */
  private static final Authenticator NO_CREDENTIALS = new Authenticator() {};

  private final Optional<ProxySelector> proxySelector;
  private final Optional<ProxyConfig> credentialedProxy;
  private final Supplier<Client> forPatch;

  UrlConnectionClient(ClientSettings settings, Supplier<Client> forPatch) {
    this.proxySelector = settings.proxy().map(NonProxyHostsSelector::new);
    this.credentialedProxy = settings.proxy().filter(ProxyConfig::hasCredentials);
    this.forPatch = forPatch;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (request.httpMethod() == Request.HttpMethod.PATCH) {
      return forPatch.get().execute(request, options);
    }
    HttpURLConnection connection = open(URI.create(request.url()));
    connection.setConnectTimeout(options.connectTimeoutMillis());
    connection.setReadTimeout(options.readTimeoutMillis());
    connection.setInstanceFollowRedirects(options.isFollowRedirects());
    connection.setUseCaches(false);
    connection.setAllowUserInteraction(false);
    connection.setRequestMethod(request.httpMethod().name());
    // never the JVM's default authenticator: credentials go to the configured proxy alone
    connection.setAuthenticator(
        credentialedProxy
            .<Authenticator>map(proxy -> new ProxyAuthenticator(proxy, 1))
            .orElse(NO_CREDENTIALS));
    request
        .headers()
        .forEach(
            (name, values) -> {
              // the length is the streaming mode's to set (the JDK refuses it as a header)
              if (!name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> connection.addRequestProperty(name, value));
              }
            });
    byte[] body = request.body();
    boolean hasBody = body != null && body.length > 0;
    if (hasBody) {
      connection.setDoOutput(true);
      connection.setFixedLengthStreamingMode(body.length);
    }
    try {
      connection.connect();
    } catch (SocketTimeoutException e) {
      throw timeout(new HttpConnectTimeoutException("connect timed out"), e);
    }
    // the head must be in within the read timeout, however slowly the server sends it
    Deadline deadline = Deadline.start(options.readTimeoutMillis(), connection::disconnect);
    int status;
    try {
      if (hasBody) {
        try (OutputStream out = connection.getOutputStream()) {
          out.write(body);
        }
      }
      status = connection.getResponseCode();
    } catch (IOException e) {
      if (deadline.finishedInTime() && !(e instanceof SocketTimeoutException)) {
        throw e;
      }
      throw timeout(new HttpTimeoutException("request timed out"), e);
    }
    if (!deadline.finishedInTime()) {
      throw new HttpTimeoutException("request timed out");
    }
    return response(request, connection, status);
  }

  private HttpURLConnection open(URI uri) throws IOException {
    URL url = uri.toURL();
    if (proxySelector.isPresent()) {
      return (HttpURLConnection) url.openConnection(proxySelector.get().select(uri).get(0));
    }
    return (HttpURLConnection) url.openConnection();
  }

  private static Response response(Request request, HttpURLConnection connection, int status)
      throws IOException {
    if (status < 0) {
      throw new IOException("the answer has no valid HTTP status line");
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> field : connection.getHeaderFields().entrySet()) {
      if (field.getKey() != null) {
        headers.put(field.getKey(), field.getValue());
      }
    }
    // an error answer's body, if the JDK kept it (it drops it for a 401 to a streamed request)
    InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    long length = connection.getContentLengthLong();
    return Response.builder()
        .status(status)
        .reason(connection.getResponseMessage())
        .headers(headers)
        .request(request)
        .body(body, length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null)
        .build();
  }

  private static HttpTimeoutException timeout(HttpTimeoutException timeout, IOException cause) {
    timeout.initCause(cause);
    return timeout;
  }
}
