package io.github.fbhooks.api;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS settings of an {@link HttpClient} whose base URL is plain {@code http://} (a local
 * emulator): an {@link SSLContext} that does nothing but refuse to be used.
 *
 * <p>Why: without an {@code SSLContext} of its own, the JDK {@code HttpClient} calls {@link
 * SSLContext#getDefault()} while it is built, even when it will only ever speak plain HTTP. That
 * initialises the whole JSSE provider and reads the {@code cacerts} trust store: in a {@code mvn
 * featurebase:rotate-secret} against an emulator, about 530 classes and 70 ms of 1.6 s (140 ms of
 * CPU); in a plain JVM, {@code HttpClient.newBuilder().build()} costs about 145 ms cold, 45 ms with
 * this context. The {@linkplain #parameters() parameters} matter too: without them the client asks
 * the context for its default parameters.
 *
 * <p>Clients for an {@code https} base URL never get this context: they keep the JDK default
 * context and its trust store, untouched. A plain-http client sends no TLS (HTTP/1.1, redirects not
 * followed, a proxy reached without a tunnel), so none of the refusing methods is ever called; if
 * one is, fbhooks shared a plain-http client with an https base URL, which is a bug.
 */
final class PlainHttpTls {

  private static final SSLContext CONTEXT = new SSLContext(new RefusingSpi(), null, "none") {};

  private PlainHttpTls() {}

  /** {@return the shared context whose every method throws an {@link IllegalStateException}} */
  static SSLContext context() {
    return CONTEXT;
  }

  /** {@return empty parameters, so that the client never asks the context for its own} */
  static SSLParameters parameters() {
    return new SSLParameters();
  }

  /** Refuses every operation with a message that points at the bug. */
  private static final class RefusingSpi extends SSLContextSpi {

    private static IllegalStateException refused() {
      return new IllegalStateException(
          "fbhooks built this HTTP client for a plain http:// base URL, so it does no TLS;"
              + " something tried TLS on it anyway. This is a bug in fbhooks; please report it.");
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
      throw refused();
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw refused();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
      throw refused();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
      throw refused();
    }
  }
}
