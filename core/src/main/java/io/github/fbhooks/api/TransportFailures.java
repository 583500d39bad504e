package io.github.fbhooks.api;

import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;

/**
 * The failures of an HTTP exchange without a usable answer (no connection, timeouts, a broken
 * connection, the proxy): a {@link TransportException} that says whether the request was sent.
 */
final class TransportFailures {

  /**
   * The JDK turns a 401/407 without a challenge header into an IOException once an Authenticator is
   * set (it is, for proxy credentials); this recognises it.
   */
  private static final Pattern CHALLENGE_MISSING =
      Pattern.compile("(WWW|Proxy)-Authenticate header missing for response code (\\d{3})");

  private final ClientSettings settings;
  private final StatusFailures statuses;
  private final AnswerFailures answers;

  TransportFailures(ClientSettings settings, StatusFailures statuses, AnswerFailures answers) {
    this.settings = settings;
    this.statuses = statuses;
    this.answers = answers;
  }

  /**
   * The failure of an {@link IOException} around the HTTP exchange.
   *
   * @param request where
   * @param e what the JDK threw
   * @return a {@link TransportException}, or the {@link AuthenticationException} that the JDK hid
   *     behind an IOException
   */
  FeaturebaseException of(RequestInfo request, IOException e) {
    if (e instanceof ResponseTooLargeException big) {
      return answers.malformed(
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
      return statuses.apiError(request, status, Optional.empty(), null, 0, Optional.empty());
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
                  + Words.setting(Setting.BASE_URL)
                  + " ("
                  + settings.baseUrl()
                  + "), the DNS and "
                  + Words.setting(Setting.PROXY)
                  + ".";
          case CONNECT_TIMEOUT ->
              "Could not connect to "
                  + target
                  + " for "
                  + request.operation()
                  + " within the connect timeout of "
                  + Hints.seconds(settings.connectTimeout())
                  + "."
                  + notSent
                  + " Check the network and "
                  + Words.setting(Setting.PROXY)
                  + ", or raise "
                  + Words.setting(Setting.CONNECT_TIMEOUT)
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
                  + Words.setting(Setting.BASE_URL)
                  + " ("
                  + settings.baseUrl()
                  + ") and, behind a proxy, "
                  + Words.setting(Setting.PROXY)
                  + ".";
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
                  + "Raise "
                  + Words.setting(Setting.READ_TIMEOUT)
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
        + " Check the username and password of "
        + Words.setting(Setting.PROXY)
        + ". For an https base URL through a proxy that uses Basic authentication, also set "
        + Words.setting(Setting.TUNNELING_SCHEMES, "")
        + ": the JDK disables Basic for tunnels by default.";
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
    // HttpClient: "too many authentication attempts"; HttpURLConnection: "Unable to tunnel through
    // proxy. Proxy returns "HTTP/1.1 407 ...""
    if (messages.contains("too many authentication attempts")
        || (messages.contains("unable to tunnel") && messages.contains(" 407 "))) {
      // only the proxy is ever answered with credentials
      return TransportException.Reason.PROXY_AUTHENTICATION;
    }
    if (hasCause(e, ConnectException.class)
        || messages.contains("tunnel failed")
        || messages.contains("unable to tunnel")) {
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
}
