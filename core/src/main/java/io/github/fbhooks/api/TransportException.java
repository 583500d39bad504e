package io.github.fbhooks.api;

/**
 * No usable HTTP answer came back: the connection failed, timed out or broke, or a proxy refused
 * the request. {@link #connectFailed()} tells apart the failures where the request certainly was
 * not sent (retried even for a POST) from those where it may have been processed.
 *
 * <p>The cause is the JDK's {@link java.io.IOException}, whose messages carry no secret.
 */
public final class TransportException extends FeaturebaseException {

  /** What went wrong on the way. */
  public enum Reason {
    /** Nothing listens at the host and port. Not sent. */
    CONNECTION_REFUSED(true, true),
    /** The host name does not resolve. Not sent. */
    UNKNOWN_HOST(true, false),
    /** The connection was not established within the connect timeout. Not sent. */
    CONNECT_TIMEOUT(true, true),
    /** The TLS handshake failed (untrusted certificate, TLS-inspecting proxy). Not sent. */
    TLS_HANDSHAKE(true, false),
    /** The proxy refused its credentials (407). Not sent to Featurebase. */
    PROXY_AUTHENTICATION(true, false),
    /** No complete answer within the read timeout. May have been processed. */
    READ_TIMEOUT(false, true),
    /** The connection closed or reset before a complete answer. May have been processed. */
    CONNECTION_CLOSED(false, true),
    /** Another I/O failure after the request may have been sent. May have been processed. */
    IO_ERROR(false, true);

    private final boolean connectFailed;
    private final boolean isTransient;

    Reason(boolean connectFailed, boolean isTransient) {
      this.connectFailed = connectFailed;
      this.isTransient = isTransient;
    }

    /** {@return whether the request certainly did not reach Featurebase} */
    public boolean connectFailed() {
      return connectFailed;
    }

    /** {@return whether trying again may help} */
    public boolean isTransient() {
      return isTransient;
    }
  }

  private final RequestInfo request;
  private final Reason reason;
  private final String baseMessage;

  TransportException(
      RequestInfo request,
      Reason reason,
      String message,
      Throwable cause,
      int attempts,
      String retryNote) {
    super(message, cause, attempts, retryNote);
    this.request = request;
    this.reason = reason;
    this.baseMessage = message;
  }

  /** {@return what went wrong} */
  public Reason reason() {
    return reason;
  }

  /**
   * Whether the request certainly was not sent to Featurebase: connection refused, unknown host,
   * connect timeout, TLS handshake failure, proxy authentication failure.
   *
   * @return true when the request had no effect
   */
  public boolean connectFailed() {
    return reason.connectFailed();
  }

  /** {@return the host (and non-default port) of the base URL} */
  public String host() {
    return request.host();
  }

  /** {@return the method and path template of the request, e.g. {@code POST /v2/webhooks}} */
  public String operation() {
    return request.operation();
  }

  @Override
  public String summary() {
    return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** {@return true unless the connection certainly failed before sending} */
  @Override
  public boolean outcomeUnknown() {
    return !reason.connectFailed();
  }

  @Override
  public boolean isTransient() {
    return reason.isTransient();
  }

  @Override
  FeaturebaseException afterAttempts(int attempts, String retryNote) {
    return new TransportException(request, reason, baseMessage, getCause(), attempts, retryNote);
  }
}
