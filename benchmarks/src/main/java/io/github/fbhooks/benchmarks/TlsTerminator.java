package io.github.fbhooks.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Benchmark 1's HTTPS front of the emulator: accepts TLS on a loopback port and passes the bytes
 * through to the emulator's plain-http port, so that {@code mvn featurebase:rotate-secret} pays for
 * TLS as it does against Featurebase (JSSE set-up, the trust store, the handshake) while the
 * emulator stays the plain-http test double it is everywhere else.
 *
 * <p>Usage: {@code TlsTerminator <keystore.p12> <password> <emulatorPort>}; prints {@code
 * https://127.0.0.1:<port>} once it listens. Loopback only; it exits by itself after {@value
 * #MAX_MINUTES} minutes.
 */
public final class TlsTerminator {

  static final int MAX_MINUTES = 30;

  private TlsTerminator() {}

  public static void main(String[] args) throws Exception {
    char[] password = args[1].toCharArray();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      keys.load(in, password);
    }
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, password);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(managers.getKeyManagers(), null, null);
    int target = Integer.parseInt(args[2]);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    Thread stopper =
        new Thread(
            () -> {
              sleep(TimeUnit.MINUTES.toMillis(MAX_MINUTES));
              System.exit(0);
            });
    stopper.setDaemon(true);
    stopper.start();
    try (ServerSocket server = tls.getServerSocketFactory().createServerSocket(0, 50, loopback)) {
      System.out.println("https://127.0.0.1:" + server.getLocalPort());
      System.out.flush();
      while (true) {
        Socket client = server.accept();
        Socket emulator = new Socket(loopback, target);
        client.setTcpNoDelay(true);
        emulator.setTcpNoDelay(true);
        pump(client, emulator);
        pump(emulator, client);
      }
    }
  }

  /** Copies one direction until it ends, then closes both sockets. */
  private static void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[16384];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // the other side closed: the exchange is over
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
