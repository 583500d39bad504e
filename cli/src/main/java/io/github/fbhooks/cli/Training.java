package io.github.fbhooks.cli;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The training run of the class-data-sharing archive ({@code bin/fbhooks-cds}, which the build
 * runs: it lists the classes this run loads with {@code -XX:DumpLoadedClassList}, then dumps a
 * static archive of them): runs the commands a pipeline runs, in this JVM, over HTTPS against an
 * emulator on loopback, so that the archive holds the classes a real run loads (picocli's models
 * and help, the configuration loader and schema validator, Jackson, Feign, the JDK {@code
 * HttpClient}, the default trust store and a TLS handshake, the GitHub outputs).
 *
 * <p>Not a command of {@code fbhooks}: it sends nothing beyond loopback, and its key and secrets
 * exist only in this JVM and in a temporary directory it deletes. It prints one line, or the
 * commands that did not end as expected (a training run that silently failed would give an archive
 * without the classes that matter).
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=classes.txt -cp fbhooks-cli.jar
 * io.github.fbhooks.cli.Training}
 */
public final class Training {

  private static final String KEY = "sk_fbhooks_cds_training";
  private static final String STORE_PASSWORD = "fbhooks-training";
  private static final String WEBHOOK = "Production Webhook";
  private static final String CONFIG =
      """
      version: 1
      webhooks:
        - name: Production Webhook
          url: https://example.com/hook
          topics: [post.created]
        - name: Orders
          url: https://example.com/orders
          topics: [post.updated]
          requestConfig:
            headers:
              X-Token: ${env:ORDERS_TOKEN}
      """;

  private Training() {}

  /**
   * Runs the training, exits 0 when every command ended as expected, 1 otherwise.
   *
   * @param args none
   * @throws Exception when the loopback servers cannot start
   */
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("fbhooks-cds-training");
    List<String> failures;
    try {
      failures = train(dir);
    } finally {
      deleteRecursively(dir);
    }
    if (failures.isEmpty()) {
      System.out.println("fbhooks class-data-sharing training: done.");
    } else {
      failures.forEach(failure -> System.err.println("training: " + failure));
    }
    System.out.flush();
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  private static List<String> train(Path dir) throws Exception {
    Path serverKeys = dir.resolve("server.p12");
    generateServerKeys(serverKeys);
    // the default trust store and one certificate more: the client loads all of cacerts, as it
    // does against Featurebase
    System.setProperty("javax.net.ssl.trustStore", trustStore(serverKeys, dir).toString());
    System.setProperty("javax.net.ssl.trustStorePassword", STORE_PASSWORD);
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        """
        {"webhooks":[{"name":"Production Webhook","url":"https://example.com/hook",
          "topics":["post.created"]}]}
        """);
    List<String> failures = new ArrayList<>();
    try (Emulator emulator =
            Emulator.start(
                EmulatorOptions.builder()
                    .apiKey(Optional.of(Secret.of(KEY)))
                    .seedFile(Optional.of(seed))
                    .build());
        ServerSocket tls = tlsFront(serverKeys, emulator.port())) {
      Map<String, String> env = new HashMap<>();
      env.put("FEATUREBASE_API_KEY", KEY);
      env.put("FEATUREBASE_BASE_URL", "https://localhost:" + tls.getLocalPort());
      env.put("ORDERS_TOKEN", "training-token");
      env.put("GITHUB_OUTPUT", Files.createFile(dir.resolve("github-output")).toString());
      env.put("GITHUB_STEP_SUMMARY", Files.createFile(dir.resolve("step-summary")).toString());
      Files.writeString(dir.resolve("webhooks.yaml"), CONFIG);
      Command run = (expected, line) -> run(dir, env, failures, expected, line);

      run.expect(ExitCode.OK, "--help");
      run.expect(ExitCode.OK, "version");
      run.expect(ExitCode.OK, "rotate-secret", "--help");
      run.expect(ExitCode.ERROR, "rotate-secret", "--no-such-option");
      run.expect(ExitCode.OK, "validate", "--config=webhooks.yaml");
      run.expect(ExitCode.ERROR, "fmt", "--check", "--config=webhooks.yaml");
      run.expect(ExitCode.OK, "fmt", "--config=webhooks.yaml");
      run.expect(ExitCode.CHANGES, "plan", "--config=webhooks.yaml", "--detailed-exitcode");
      run.expect(ExitCode.OK, "apply", "--config=webhooks.yaml");
      run.expect(ExitCode.OK, "rotate-secret", "--webhook-name=" + WEBHOOK);
      run.expect(
          ExitCode.OK,
          "export-secret",
          "--webhook-name=" + WEBHOOK,
          "--secret-file=secret.json",
          "--secret-format=json");
      run.expect(
          ExitCode.OK, "rotate-secret", "--webhook-name=" + WEBHOOK, "--rotation-strategy=overlap");
      run.expect(ExitCode.OK, "complete-rotation", "--webhook-name=" + WEBHOOK);
      run.expect(ExitCode.OK, "import", "--import-file=imported.yaml");
      run.expect(ExitCode.OK, "plan", "--config=webhooks.yaml", "--fail-on-changes");
      env.put("FEATUREBASE_API_KEY", "sk_fbhooks_cds_training_wrong");
      run.expect(ExitCode.ERROR, "export-secret", "--webhook-name=" + WEBHOOK);
    }
    return failures;
  }

  /** One command line of the training and the exit code it must end with. */
  @FunctionalInterface
  private interface Command {
    void expect(int code, String... line);
  }

  private static void run(
      Path dir, Map<String, String> env, List<String> failures, int expected, String... line) {
    // the output is dropped unread: nothing of the training's key or secrets goes anywhere
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true);
    CliContext context =
        new CliContext(env::get, dir, discard, discard, InputStream.nullInputStream(), false);
    int code = FbhooksCli.run(line, context);
    if (code != expected) {
      failures.add(
          "'fbhooks " + String.join(" ", line) + "' exited " + code + ", expected " + expected);
    }
  }

  /** A self-signed certificate for localhost and 127.0.0.1, made by this JDK's keytool. */
  private static void generateServerKeys(Path keys) throws IOException, InterruptedException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "training",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "san=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keys.toString(),
                "-storepass",
                STORE_PASSWORD,
                "-keypass",
                STORE_PASSWORD)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException("keytool could not make the training certificate");
    }
  }

  /** A copy of this JDK's cacerts, of its type, that also trusts the training certificate. */
  private static Path trustStore(Path serverKeys, Path dir)
      throws IOException, GeneralSecurityException {
    KeyStore server = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(serverKeys)) {
      server.load(in, STORE_PASSWORD.toCharArray());
    }
    Certificate certificate = server.getCertificate("training");
    Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    KeyStore trust = KeyStore.getInstance(cacerts.toFile(), (char[]) null);
    trust.setCertificateEntry("fbhooks-training", certificate);
    Path copy = dir.resolve("cacerts");
    try (OutputStream out = Files.newOutputStream(copy)) {
      trust.store(out, STORE_PASSWORD.toCharArray());
    }
    return copy;
  }

  /** TLS on a loopback port in front of the emulator's plain-http port, one thread a direction. */
  private static ServerSocket tlsFront(Path serverKeys, int emulatorPort)
      throws IOException, GeneralSecurityException {
    char[] password = STORE_PASSWORD.toCharArray();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(serverKeys)) {
      keys.load(in, password);
    }
    KeyManagerFactory managers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    managers.init(keys, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(managers.getKeyManagers(), null, null);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    ServerSocket server = context.getServerSocketFactory().createServerSocket(0, 50, loopback);
    daemon(
        () -> {
          while (!server.isClosed()) {
            try {
              Socket client = server.accept();
              Socket emulator = new Socket(loopback, emulatorPort);
              pump(client, emulator);
              pump(emulator, client);
            } catch (IOException e) {
              // closed at the end of the training, or one connection failed: the command says so
            }
          }
        });
    return server;
  }

  private static void pump(Socket from, Socket to) {
    daemon(
        () -> {
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
          } catch (IOException e) {
            // the other side closed: the exchange is over
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        });
  }

  private static void daemon(Runnable body) {
    Thread thread = new Thread(body, "fbhooks-training");
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

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
