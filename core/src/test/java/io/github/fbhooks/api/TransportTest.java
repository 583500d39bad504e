package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.API_KEY;
import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.api.TransportException.Reason;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.WebhookCreate;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportTest {

  private static final Duration SHORT = Duration.ofMillis(300);
  private static final WebhookCreate CREATE =
      new WebhookCreate("orders", "https://example.com/h", List.of("post.created"), null, null);

  private final StubServer stub = StubServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() {
    stub.close();
  }

  private FeaturebaseClient client(RetryPolicy policy) {
    return client(stub.baseUrl(), policy);
  }

  private FeaturebaseClient client(URI baseUrl, RetryPolicy policy) {
    return Fixtures.client(
        Fixtures.settings(baseUrl).toBuilder().readTimeout(SHORT).retryPolicy(policy).build(),
        BuildLog.NONE,
        sleeper);
  }

  @Test
  void readTimeoutIsAnUnknownOutcome() {
    stub.enqueue(Reply.json(200, webhookJson(ID, "a")).after(Duration.ofSeconds(1)));

    TransportException e =
        catchThrowableOfType(TransportException.class, () -> client(RetryPolicy.none()).get(ID));

    assertThat(e.reason()).isEqualTo(Reason.READ_TIMEOUT);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.connectFailed()).isFalse();
    assertThat(e.isTransient()).isTrue();
    assertThat(e.host()).isEqualTo("127.0.0.1:" + stub.port());
    assertThat(e.operation()).isEqualTo("GET /v2/webhooks/{id}");
    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
    assertThat(e)
        .hasMessageContaining("127.0.0.1:" + stub.port())
        .hasMessageContaining("within the read timeout of 300 ms")
        .hasMessageContaining("Raise the readTimeout setting");
  }

  @Test
  void readTimeoutOnGetIsRetried() {
    stub.enqueue(
        Reply.json(200, webhookJson(ID, "slow")).after(Duration.ofSeconds(1)),
        Reply.json(200, webhookJson(ID, "fast")));

    assertThat(client(RetryPolicy.DEFAULT).get(ID).name()).isEqualTo("fast");
    assertThat(stub.requests()).hasSize(2);
  }

  @Test
  void readTimeoutOnPostIsNotRetried() {
    stub.enqueue(Reply.json(201, webhookJson(ID, "a")).after(Duration.ofSeconds(1)));

    TransportException e =
        catchThrowableOfType(
            TransportException.class, () -> client(RetryPolicy.DEFAULT).create(CREATE));

    assertThat(stub.requests()).hasSize(1);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e).hasMessageContaining("look for it by name").hasMessageContaining("Not retried");
  }

  @Test
  void aBodyThatStallsAfterTheHeadersTimesOut() {
    stub.enqueue(Reply.json(200, webhookJson(ID, "a")).stallingBodyFor(Duration.ofSeconds(3)));
    long start = System.nanoTime();

    TransportException e =
        catchThrowableOfType(TransportException.class, () -> client(RetryPolicy.none()).get(ID));

    assertThat(e.reason()).isEqualTo(Reason.READ_TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aHeadThatTricklesInIsCutOffAtTheReadTimeout() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread trickler = new Thread(() -> trickleAHead(server), "trickler");
      trickler.setDaemon(true);
      trickler.start();
      long start = System.nanoTime();

      TransportException e =
          catchThrowableOfType(
              TransportException.class,
              () ->
                  client(
                          URI.create("http://127.0.0.1:" + server.getLocalPort()),
                          RetryPolicy.none())
                      .get(ID));

      assertThat(e.reason()).isEqualTo(Reason.READ_TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  /** Answers one request with a head that never ends: a byte every 50 ms for 3 s. */
  private static void trickleAHead(ServerSocket server) {
    try (Socket socket = server.accept()) {
      BufferedReader request =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      for (String line = request.readLine(); line != null && !line.isEmpty(); ) {
        line = request.readLine();
      }
      OutputStream out = socket.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
      for (int i = 0; i < 60; i++) {
        out.write('a');
        out.flush();
        Thread.sleep(50);
      }
    } catch (IOException | InterruptedException ignored) {
      // the client cut the connection: what the test expects
    }
  }

  @Test
  void connectionRefusedWasNotSentSoEvenPostIsRetried() throws IOException {
    URI dead;
    try (ServerSocket socket = new ServerSocket(0)) {
      dead = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    TransportException e =
        catchThrowableOfType(
            TransportException.class, () -> client(dead, RetryPolicy.DEFAULT).create(CREATE));

    assertThat(e.reason()).isEqualTo(Reason.CONNECTION_REFUSED);
    assertThat(e.connectFailed()).isTrue();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.attempts()).isEqualTo(4);
    assertThat(sleeper.sleeps()).hasSize(3);
    // the JDK's own words: "Connection refused" from HttpURLConnection, none from HttpClient
    assertThat(e.getMessage())
        .containsIgnoringCase(
            "Could not connect to "
                + dead.getAuthority()
                + " for POST /v2/webhooks (connection refused)");
    assertThat(e)
        .hasMessageContaining("POST /v2/webhooks")
        .hasMessageContaining("The request was not sent")
        .hasMessageContaining("Check the baseUrl setting")
        .hasMessageEndingWith("Gave up after 4 attempts.");
  }

  @Test
  void connectionClosedWithoutAnswerOnPostIsAnUnknownOutcome() {
    stub.enqueue(Reply.hangUpWithoutAnswer());

    TransportException e =
        catchThrowableOfType(
            TransportException.class, () -> client(RetryPolicy.DEFAULT).create(CREATE));

    assertThat(stub.requests()).hasSize(1);
    assertThat(e.reason()).isEqualTo(Reason.CONNECTION_CLOSED);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e).hasMessageContaining("broke during POST /v2/webhooks");
  }

  @Test
  void connectionClosedWithoutAnswerOnGetIsRetried() {
    // JDK 17 itself repeats a GET once on a connection closed without answer, so the two
    // hang-ups take one or two client attempts depending on the JDK
    stub.enqueue(Reply.hangUpWithoutAnswer(), Reply.hangUpWithoutAnswer());
    stub.enqueue(Reply.json(200, webhookJson(ID, "a")));

    assertThat(client(RetryPolicy.DEFAULT).get(ID).name()).isEqualTo("a");
    assertThat(stub.requests()).hasSize(3);
    assertThat(sleeper.sleeps()).hasSizeBetween(1, 2);
  }

  @Test
  void unknownHostFailsFastWithoutRetry() {
    TransportException e =
        catchThrowableOfType(
            TransportException.class,
            () ->
                client(URI.create("https://no-such-host.invalid"), RetryPolicy.DEFAULT)
                    .list(null, null, null));

    assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_HOST);
    assertThat(e.connectFailed()).isTrue();
    assertThat(e.isTransient()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e).hasMessageContaining("no-such-host.invalid");
  }

  @Test
  void jdkFailuresAreSortedBySentOrNot() {
    assertThat(TransportFailures.reasonOf(new HttpConnectTimeoutException("connect timed out")))
        .isEqualTo(Reason.CONNECT_TIMEOUT);
    assertThat(TransportFailures.reasonOf(new HttpTimeoutException("request timed out")))
        .isEqualTo(Reason.READ_TIMEOUT);
    assertThat(TransportFailures.reasonOf(wrap(new UnresolvedAddressException())))
        .isEqualTo(Reason.UNKNOWN_HOST);
    assertThat(
            TransportFailures.reasonOf(
                wrap(new SSLHandshakeException("PKIX path building failed"))))
        .isEqualTo(Reason.TLS_HANDSHAKE);
    assertThat(TransportFailures.reasonOf(new ConnectException()))
        .isEqualTo(Reason.CONNECTION_REFUSED);
    assertThat(TransportFailures.reasonOf(new IOException("Tunnel failed, got: 403")))
        .isEqualTo(Reason.CONNECTION_REFUSED);
    assertThat(
            TransportFailures.reasonOf(
                new IOException("too many authentication attempts. Limit: 3")))
        .isEqualTo(Reason.PROXY_AUTHENTICATION);
    assertThat(TransportFailures.reasonOf(wrap(new SocketException("Connection reset"))))
        .isEqualTo(Reason.CONNECTION_CLOSED);
    assertThat(TransportFailures.reasonOf(new EOFException("EOF reached while reading")))
        .isEqualTo(Reason.CONNECTION_CLOSED);
    assertThat(TransportFailures.reasonOf(new IOException("something else")))
        .isEqualTo(Reason.IO_ERROR);
    for (Reason reason : Reason.values()) {
      boolean notSent =
          switch (reason) {
            case CONNECTION_REFUSED,
                UNKNOWN_HOST,
                CONNECT_TIMEOUT,
                TLS_HANDSHAKE,
                PROXY_AUTHENTICATION ->
                true;
            default -> false;
          };
      assertThat(reason.connectFailed()).as(reason.name()).isEqualTo(notSent);
    }
  }

  @Test
  void connectTimeoutMessageNamesTheTimeoutAndTheProperty() {
    ClientSettings settings = ClientSettings.of(Secret.of(API_KEY));
    FeaturebaseException e =
        new Failures(settings)
            .transport()
            .of(
                RequestInfo.of("GET", "/v2/webhooks", settings.baseUrl()),
                new HttpConnectTimeoutException("HTTP connect timed out"));

    assertThat(e).isInstanceOf(TransportException.class);
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e)
        .hasMessage(
            "Could not connect to do.featurebase.app for GET /v2/webhooks within the connect"
                + " timeout of 10 s. The request was not sent. Check the network and the proxy"
                + " setting, or raise the connectTimeout setting.");
  }

  @Test
  void aHidden401BecomesAnAuthenticationException() {
    ClientSettings settings = ClientSettings.of(Secret.of(API_KEY));
    FeaturebaseException e =
        new Failures(settings)
            .transport()
            .of(
                RequestInfo.of("GET", "/v2/webhooks", settings.baseUrl()),
                new IOException("WWW-Authenticate header missing for response code 401"));

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(((AuthenticationException) e).status()).isEqualTo(401);
  }

  private static IOException wrap(Throwable cause) {
    return new IOException(new IOException(cause));
  }
}
