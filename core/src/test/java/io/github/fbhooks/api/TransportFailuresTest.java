package io.github.fbhooks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

/** How a JDK I/O failure is sorted and described, from the whole cause chain. */
class TransportFailuresTest {

  @Test
  void eachFailureIsSortedByItsTypeOrAnyMessageOfItsChain() {
    assertThat(TransportFailures.reasonOf(new HttpConnectTimeoutException("t")))
        .isEqualTo(TransportException.Reason.CONNECT_TIMEOUT);
    assertThat(TransportFailures.reasonOf(new HttpTimeoutException("t")))
        .isEqualTo(TransportException.Reason.READ_TIMEOUT);
    assertThat(TransportFailures.reasonOf(new IOException("x", new UnknownHostException("h"))))
        .isEqualTo(TransportException.Reason.UNKNOWN_HOST);
    assertThat(TransportFailures.reasonOf(new IOException("too many authentication attempts")))
        .isEqualTo(TransportException.Reason.PROXY_AUTHENTICATION);
    assertThat(TransportFailures.reasonOf(new IOException("x", new ConnectException())))
        .isEqualTo(TransportException.Reason.CONNECTION_REFUSED);
    assertThat(TransportFailures.reasonOf(new IOException("Tunnel failed, got: 403")))
        .isEqualTo(TransportException.Reason.CONNECTION_REFUSED);
    // HttpURLConnection's words for a proxy that refuses the tunnel, and its credentials
    assertThat(
            TransportFailures.reasonOf(
                new IOException(
                    "Unable to tunnel through proxy. Proxy returns \"HTTP/1.1 403 Forbidden\"")))
        .isEqualTo(TransportException.Reason.CONNECTION_REFUSED);
    assertThat(
            TransportFailures.reasonOf(
                new IOException(
                    "Unable to tunnel through proxy. Proxy returns \"HTTP/1.1 407 Proxy"
                        + " Authentication Required\"")))
        .isEqualTo(TransportException.Reason.PROXY_AUTHENTICATION);
    assertThat(TransportFailures.reasonOf(new IOException("x", new EOFException())))
        .isEqualTo(TransportException.Reason.CONNECTION_CLOSED);
    assertThat(TransportFailures.reasonOf(new IOException("outer", new IOException("reset"))))
        .isEqualTo(TransportException.Reason.CONNECTION_CLOSED);
    assertThat(TransportFailures.reasonOf(new IOException("something else")))
        .isEqualTo(TransportException.Reason.IO_ERROR);
  }

  @Test
  void theDescriptionIsTheFirstMessageOfTheChainElseWhatTheTypeMeans() {
    assertThat(TransportFailures.describe(new IOException(" ", new IOException("inner"))))
        .isEqualTo("inner");
    assertThat(TransportFailures.describe(new IOException(null, new ConnectException())))
        .isEqualTo("connection refused");
    assertThat(TransportFailures.describe(new EOFException())).isEqualTo("EOFException");
  }
}
