package io.github.fbhooks.api;

import feign.Request;
import feign.RetryableException;
import io.github.fbhooks.webhook.ApiError;
import io.github.fbhooks.webhook.ApiVersion;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;

/**
 * Builds every {@link FeaturebaseException} the client throws, with its message: what happened,
 * where (method and path template), and what to do. Messages never quote a response body, only its
 * content type and length, and scrub the text Featurebase sends back.
 */
final class Failures {

  /**
   * The JDK turns a 401/407 without a challenge header into an IOException once an Authenticator is
   * set (it is, for proxy credentials); this recognises it.
   */
  private static final Pattern CHALLENGE_MISSING =
      Pattern.compile("(WWW|Proxy)-Authenticate header missing for response code (\\d{3})");

  private final ClientSettings settings;

  Failures(ClientSettings settings) {
    this.settings = settings;
  }

  /**
   * Hands a failure to Feign so that it reaches the {@link FeaturebaseRetryer}, the one place that
   * decides about retries; the retryer throws the failure itself when it gives up.
   *
   * @param failure the typed failure
   * @param request the request that failed
   * @return Feign's signal to consult the retryer
   */
  static RetryableException route(FeaturebaseException failure, Request request) {
    int status = failure instanceof FeaturebaseApiException api ? api.status() : -1;
    return new RetryableException(
        status, "fbhooks: see the cause", request.httpMethod(), failure, (Long) null, request);
  }

  /**
   * The typed failure behind a {@link RetryableException}: a failure routed by {@link #route}, or
   * an {@link IOException} that Feign caught around the HTTP call.
   *
   * @param e what Feign threw
   * @return the typed failure
   */
  FeaturebaseException unwrap(RetryableException e) {
    RequestInfo request = RequestInfo.of(e.request());
    Throwable cause = e.getCause();
    if (cause instanceof FeaturebaseException failure) {
      return failure;
    }
    if (cause instanceof IOException io) {
      return transport(request, io);
    }
    return transport(request, new IOException("unexpected failure", cause));
  }

  // ---- error statuses ------------------------------------------------------------------------

  /**
   * The exception of an error status whose body holds no message fbhooks can read.
   *
   * @param request where
   * @param status the HTTP status, 400 or more
   * @param envelope the parsed error, or empty when the body was not an error envelope
   * @param contentType the response content type, or null
   * @param bodyLength the body length in bytes
   * @param retryAt when Featurebase asked for a retry, if it did
   * @return the typed exception
   */
  FeaturebaseApiException apiError(
      RequestInfo request,
      int status,
      Optional<ApiError> envelope,
      String contentType,
      int bodyLength,
      Optional<Instant> retryAt) {
    return apiError(request, status, envelope, Optional.empty(), contentType, bodyLength, retryAt);
  }

  /**
   * The exception of an error status.
   *
   * @param request where
   * @param status the HTTP status, 400 or more
   * @param envelope the parsed error, or empty when the body was not an error envelope
   * @param topMessage the top-level {@code message} of a JSON body outside the envelope, if any
   * @param contentType the response content type, or null
   * @param bodyLength the body length in bytes
   * @param retryAt when Featurebase asked for a retry, if it did
   * @return the typed exception, typed by the status whatever the body
   */
  FeaturebaseApiException apiError(
      RequestInfo request,
      int status,
      Optional<ApiError> envelope,
      Optional<String> topMessage,
      String contentType,
      int bodyLength,
      Optional<Instant> retryAt) {
    String code =
        envelope
            .map(ApiError::code)
            .filter(c -> !c.isBlank())
            .map(this::scrub)
            .orElse(FeaturebaseApiException.UNPARSEABLE_ERROR_BODY);
    // a message outside the envelope gets the envelope's treatment: scrubbed, one line, cut
    String apiMessage =
        envelope.map(ApiError::message).or(() -> topMessage).map(this::scrub).orElse("");
    Optional<String> param =
        envelope.map(ApiError::param).filter(p -> !p.isBlank()).map(this::scrub);
    List<ApiError.Detail> details =
        envelope.map(ApiError::details).orElse(List.of()).stream()
            .map(d -> new ApiError.Detail(scrub(d.path()), scrub(d.message())))
            .toList();
    String answer =
        envelope.isPresent()
            ? status
                + " "
                + code
                + param.map(p -> ", param '" + p + "'").orElse("")
                + (apiMessage.isEmpty() ? "" : ": " + apiMessage)
            : !apiMessage.isEmpty()
                ? status + ", outside the error envelope: " + apiMessage
                : status
                    + ", body not a Featurebase error: "
                    + describeBody(contentType, bodyLength);
    String message =
        apiMessage(request, status, code, apiMessage, answer, details, retryAt)
            .replaceAll("\\s+$", "");
    return FeaturebaseApiException.of(
        new ApiFailure(request, status, code, apiMessage, param, details, retryAt, message, 1, ""));
  }

  private String apiMessage(
      RequestInfo request,
      int status,
      String code,
      String serverMessage,
      String answer,
      List<ApiError.Detail> details,
      Optional<Instant> retryAt) {
    String where = request.operation();
    if (status >= 500) {
      boolean temporary = status == 500 || status == 502 || status == 503 || status == 504;
      return "Featurebase failed on "
          + where
          + " ("
          + answer
          + "). "
          + (temporary
              ? "This is usually temporary: run again in a few minutes."
              : "Run again later; if it persists, report it to Featurebase.")
          + " "
          + Hints.unknownOutcome(request);
    }
    return switch (status) {
      case 401 ->
          "Featurebase rejected the API key ("
              + answer
              + ") for "
              + where
              + ". Check "
              + Hints.apiKey(settings)
              + ": it must be a current secret key (sk_...) of the workspace; the key sent has"
              + " fingerprint "
              + settings.apiKey().fingerprint()
              + ".";
      case 403 ->
          "Featurebase refused "
              + where
              + " ("
              + answer
              + "): the API key is valid but may not do this. Webhooks need a Growth plan or"
              + " higher, and the key must belong to the workspace that owns the webhooks: check"
              + " the workspace's plan, and that "
              + Hints.apiKey(settings)
              + " is a key of that workspace (the key sent has fingerprint "
              + settings.apiKey().fingerprint()
              + ").";
      case 404 -> notFoundMessage(request, code, answer);
      case 429 ->
          "Featurebase rate-limited "
              + where
              + " ("
              + answer
              + "). "
              + retryAt.map(t -> "Retry after " + t + ".").orElse("Retry in a minute.")
              + " Featurebase allows 2,000 requests per minute per API key and 3,000 per"
              + " workspace; space out the runs that share the key.";
      default ->
          request.isCreate() && ApiAssumptions.isWebhookLimitReached(code, serverMessage)
              ? webhookLimitMessage(answer)
              : "Featurebase refused "
                  + where
                  + " as invalid ("
                  + answer
                  + ")."
                  + describeDetails(details)
                  + " Fix the request (the webhook definition or the id) and run again.";
    };
  }

  private static String webhookLimitMessage(String answer) {
    return "Featurebase did not create the webhook: the workspace holds as many webhooks as its"
        + " plan allows ("
        + answer
        + "). The limit is "
        + ApiAssumptions.DEFAULT_MAX_WEBHOOKS
        + " per workspace by default and higher on some plans. Delete webhooks the workspace no"
        + " longer needs, move some to another workspace, or ask Featurebase to raise the limit;"
        + " then run again.";
  }

  private String notFoundMessage(RequestInfo request, String code, String answer) {
    String where = request.operation();
    if (code.equals(NotFoundException.WEBHOOK_NOT_FOUND)) {
      return "Featurebase has no webhook "
          + request.webhookId().orElse("with that id")
          + " ("
          + answer
          + ") for "
          + where
          + ". It may have been deleted outside fbhooks: list the webhooks to see which exist.";
    }
    if (code.equals(ApiAssumptions.VERSION_NOT_SUPPORTED)) {
      return "Featurebase does not serve "
          + where
          + " in API version "
          + settings.apiVersion()
          + " ("
          + answer
          + "). Use "
          + ApiVersion.NOVA
          + " or later (-D"
          + Hints.API_VERSION_PROPERTY
          + "="
          + ApiVersion.NOVA
          + ").";
    }
    return "Featurebase answered "
        + where
        + " with 404 ("
        + answer
        + "). Check "
        + Hints.BASE_URL_PROPERTY
        + " ("
        + settings.baseUrl()
        + "): it must be the API root, e.g. "
        + ClientSettings.DEFAULT_BASE_URL
        + ", under which the webhook paths start with /v2/webhooks.";
  }

  private static String describeDetails(List<ApiError.Detail> details) {
    if (details.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" Details: ");
    for (int i = 0; i < details.size(); i++) {
      ApiError.Detail detail = details.get(i);
      text.append(i == 0 ? "" : "; ").append(detail.path()).append(": ").append(detail.message());
    }
    return text.append('.').toString();
  }

  // ---- transport -----------------------------------------------------------------------------

  /**
   * The failure of an {@link IOException} around the HTTP exchange.
   *
   * @param request where
   * @param e what the JDK threw
   * @return a {@link TransportException}, or the {@link AuthenticationException} that the JDK hid
   *     behind an IOException
   */
  FeaturebaseException transport(RequestInfo request, IOException e) {
    if (e instanceof ResponseTooLargeException big) {
      return malformed(
          request,
          big.status(),
          big.contentType(),
          BufferingClient.MAX_BODY_BYTES,
          "a body larger than " + BufferingClient.MAX_BODY_BYTES + " bytes, which is not read",
          false);
    }
    Matcher challenge = CHALLENGE_MISSING.matcher(String.valueOf(e.getMessage()));
    if (challenge.find()) {
      int status = Integer.parseInt(challenge.group(2));
      if (status == 407) {
        return proxyAuthentication(request, e);
      }
      // the JDK dropped the body; the status is all that is known
      return apiError(request, status, Optional.empty(), null, 0, Optional.empty());
    }
    TransportException.Reason reason = reasonOf(e);
    String cause = describe(e);
    String target = request.host() + via(request);
    String notSent = " The request was not sent.";
    String message =
        switch (reason) {
          case UNKNOWN_HOST ->
              "Could not resolve the host of "
                  + target
                  + " for "
                  + request.operation()
                  + "."
                  + notSent
                  + " Check "
                  + Hints.BASE_URL_PROPERTY
                  + " ("
                  + settings.baseUrl()
                  + "), the DNS and the proxy settings.";
          case CONNECT_TIMEOUT ->
              "Could not connect to "
                  + target
                  + " for "
                  + request.operation()
                  + " within the connect timeout of "
                  + Hints.seconds(settings.connectTimeout())
                  + "."
                  + notSent
                  + " Check the network and the proxy settings (settings.xml <proxy>), or raise"
                  + " -D"
                  + Hints.CONNECT_TIMEOUT_PROPERTY
                  + ".";
          case TLS_HANDSHAKE ->
              "The TLS handshake with "
                  + target
                  + " failed for "
                  + request.operation()
                  + " ("
                  + cause
                  + ")."
                  + notSent
                  + " If a proxy inspects TLS traffic, add its CA certificate to the JVM trust"
                  + " store.";
          case PROXY_AUTHENTICATION -> proxyAuthenticationMessage(request);
          case CONNECTION_REFUSED ->
              "Could not connect to "
                  + target
                  + " for "
                  + request.operation()
                  + " ("
                  + cause
                  + ")."
                  + notSent
                  + " Check "
                  + Hints.BASE_URL_PROPERTY
                  + " ("
                  + settings.baseUrl()
                  + ") and, behind a proxy, the <proxy> of settings.xml.";
          case READ_TIMEOUT ->
              "No complete answer from "
                  + target
                  + " for "
                  + request.operation()
                  + " within the read timeout of "
                  + Hints.seconds(settings.readTimeout())
                  + ". The request may have been processed. "
                  + Hints.unknownOutcome(request)
                  + (Hints.unknownOutcome(request).isEmpty() ? "" : " ")
                  + "Raise -D"
                  + Hints.READ_TIMEOUT_PROPERTY
                  + " if Featurebase is slow to answer.";
          case CONNECTION_CLOSED, IO_ERROR ->
              "The connection to "
                  + target
                  + " broke during "
                  + request.operation()
                  + " before a complete answer ("
                  + cause
                  + "). The request may have been processed. "
                  + Hints.unknownOutcome(request)
                  + (Hints.unknownOutcome(request).isEmpty() ? "" : " ")
                  + "Check the proxies and firewalls between this machine and Featurebase.";
        };
    return new TransportException(request, reason, message, e, 1, "");
  }

  /**
   * The proxy refused its credentials (407): the request did not reach Featurebase.
   *
   * @param request where
   * @param cause the JDK's exception, or null for a plain 407 answer
   * @return the failure
   */
  TransportException proxyAuthentication(RequestInfo request, Throwable cause) {
    return new TransportException(
        request,
        TransportException.Reason.PROXY_AUTHENTICATION,
        proxyAuthenticationMessage(request),
        cause,
        1,
        "");
  }

  private String proxyAuthenticationMessage(RequestInfo request) {
    String proxy =
        settings.proxy().map(p -> "The proxy " + p.host() + ":" + p.port()).orElse("A proxy");
    return proxy
        + " refused "
        + request.operation()
        + " with 407 Proxy Authentication Required; the request did not reach Featurebase."
        + " Check the username and password of the <proxy> in settings.xml. For an https base URL"
        + " through a proxy that uses Basic authentication, also start Maven with -D"
        + Hints.TUNNELING_PROPERTY
        + "= (for example in .mvn/jvm.config): the JDK disables Basic for tunnels by default.";
  }

  private String via(RequestInfo request) {
    return settings
        .proxy()
        .filter(p -> !p.bypassesProxy(hostWithoutPort(request.host())))
        .map(p -> " through proxy " + p.host() + ":" + p.port())
        .orElse("");
  }

  private static String hostWithoutPort(String host) {
    int colon = host.lastIndexOf(':');
    return colon < 0 || host.endsWith("]") ? host : host.substring(0, colon);
  }

  /**
   * Sorts a JDK I/O failure: whether the request certainly was not sent, and why.
   *
   * @param e the failure
   * @return the reason
   */
  static TransportException.Reason reasonOf(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return TransportException.Reason.CONNECT_TIMEOUT;
    }
    if (e instanceof HttpTimeoutException) {
      return TransportException.Reason.READ_TIMEOUT;
    }
    String messages = messagesOf(e);
    if (hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)) {
      return TransportException.Reason.UNKNOWN_HOST;
    }
    if (hasCause(e, SSLHandshakeException.class)) {
      return TransportException.Reason.TLS_HANDSHAKE;
    }
    if (messages.contains("too many authentication attempts")) {
      // only the proxy is ever answered with credentials
      return TransportException.Reason.PROXY_AUTHENTICATION;
    }
    if (hasCause(e, ConnectException.class) || messages.contains("tunnel failed")) {
      return TransportException.Reason.CONNECTION_REFUSED;
    }
    if (hasCause(e, EOFException.class)
        || hasCause(e, SocketException.class)
        || messages.contains("closed")
        || messages.contains("reset")
        || messages.contains("received no bytes")) {
      return TransportException.Reason.CONNECTION_CLOSED;
    }
    return TransportException.Reason.IO_ERROR;
  }

  /**
   * A short description of a JDK I/O failure: the first message in its cause chain (the JDK's
   * messages name hosts and states, never credentials), else what its type means.
   *
   * @param e the failure
   * @return e.g. {@code Connection reset} or {@code connection refused}
   */
  static String describe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    if (hasCause(e, ConnectException.class)) {
      return "connection refused";
    }
    return e.getClass().getSimpleName();
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String messagesOf(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      text.append(' ').append(t.getMessage());
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  // ---- unreadable answers --------------------------------------------------------------------

  /**
   * A 2xx answer whose body is not what the endpoint returns.
   *
   * @param request where
   * @param status the status
   * @param contentType the content type, or null
   * @param bodyLength the body length in bytes
   * @param problem what is wrong, e.g. {@code not JSON}
   * @param likelyNotFeaturebase whether someone else (a proxy) probably answered
   * @return the failure
   */
  MalformedResponseException malformed(
      RequestInfo request,
      int status,
      String contentType,
      int bodyLength,
      String problem,
      boolean likelyNotFeaturebase) {
    String hint =
        likelyNotFeaturebase
            ? "A proxy or captive portal may have answered instead of Featurebase: check "
                + Hints.BASE_URL_PROPERTY
                + " ("
                + settings.baseUrl()
                + ") and the proxy settings."
            : "Check that "
                + Hints.BASE_URL_PROPERTY
                + " ("
                + settings.baseUrl()
                + ") is the Featurebase API and that API version "
                + settings.apiVersion()
                + " is right.";
    String outcome =
        status >= 200 && status < 300 && !request.method().equals("GET")
            ? " " + Hints.unknownOutcome(request)
            : "";
    String message =
        "Featurebase answered "
            + request.operation()
            + " with "
            + status
            + " and a body fbhooks cannot read: "
            + problem
            + " ("
            + describeBody(contentType, bodyLength)
            + "). "
            + hint
            + outcome;
    return new MalformedResponseException(
        request, status, contentType, bodyLength, problem, message, 1, "");
  }

  /**
   * A redirect, which fbhooks does not follow.
   *
   * @param request where
   * @param status the 3xx status
   * @param location the {@code Location} header, if any
   * @param contentType the content type, or null
   * @param bodyLength the body length
   * @return the failure
   */
  MalformedResponseException redirect(
      RequestInfo request,
      int status,
      Optional<String> location,
      String contentType,
      int bodyLength) {
    String target =
        location
            .flatMap(Failures::originOf)
            .map(origin -> " redirecting to " + origin)
            .orElse(" (a redirect or other unexpected status)");
    String message =
        "Featurebase answered "
            + request.operation()
            + " with "
            + status
            + target
            + "; fbhooks does not follow redirects, which would carry the API key to another"
            + " address. Set "
            + Hints.BASE_URL_PROPERTY
            + " (now "
            + settings.baseUrl()
            + ") to the address the API answers at.";
    return new MalformedResponseException(
        request, status, contentType, bodyLength, "unexpected status " + status, message, 1, "");
  }

  /**
   * The list endpoint sent a cursor it had sent before: listing would never end.
   *
   * @param cursor the repeated cursor
   * @param pages pages read so far
   * @return the failure
   */
  MalformedResponseException cursorLoop(String cursor, int pages) {
    RequestInfo request = RequestInfo.of("GET", "/v2/webhooks", settings.baseUrl());
    String problem = "nextCursor '" + scrub(cursor) + "' came back after " + pages + " pages";
    String message =
        "Featurebase answered "
            + request.operation()
            + " with a page whose "
            + problem
            + ", so listing would never end. This is a bug of the API (or of the emulator at "
            + settings.baseUrl()
            + "); run again, and report it if it persists.";
    return new MalformedResponseException(request, 200, null, 0, problem, message, 1, "");
  }

  /**
   * Describes a body without quoting it.
   *
   * @param contentType the content type, or null
   * @param bodyLength the length in bytes
   * @return e.g. {@code text/html, 1234 bytes}
   */
  static String describeBody(String contentType, int bodyLength) {
    String type = contentType == null || contentType.isBlank() ? "no content type" : contentType;
    return type + ", " + bodyLength + (bodyLength == 1 ? " byte" : " bytes");
  }

  private static Optional<String> originOf(String location) {
    try {
      URI uri = URI.create(location.trim());
      if (uri.getHost() == null) {
        return Optional.of("a path on the same host");
      }
      return Optional.of(
          (uri.getScheme() == null ? "" : uri.getScheme() + "://") + RequestInfo.hostOf(uri));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String scrub(String text) {
    return Redaction.scrub(text, settings);
  }
}
