package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class EmulatorGoalsTest {

  @Inject MavenSession session;
  @Inject MavenProject project;

  @TempDir Path dir;

  @Test
  void startPointsLaterGoalsAtTheEmulatorAndStopSavesTheLog(
      @InjectMojo(goal = "emulator-start") EmulatorStartMojo start,
      @InjectMojo(goal = "export-secret") ExportSecretMojo export,
      @InjectMojo(goal = "emulator-stop") EmulatorStopMojo stop)
      throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        "{\"webhooks\":[{\"id\":\"507f1f77bcf86cd799439011\",\"name\":\"Hook\","
            + "\"url\":\"https://example.com/h\",\"topics\":[\"post.created\"]}]}");
    CapturingLog log = new CapturingLog();
    start.seed = seed.toFile();
    start.setLog(log);

    start.execute();

    String baseUrl = project.getProperties().getProperty("featurebase.baseUrl");
    assertThat(baseUrl).startsWith("http://127.0.0.1:");
    assertThat(log.text()).contains("Featurebase emulator listening on " + baseUrl);

    export.baseUrl = baseUrl;
    export.webhookName = "Hook";
    export.secretFile = dir.resolve("secret").toFile();
    export.setLog(log);
    export.execute();
    assertThat(Files.readString(dir.resolve("secret"))).startsWith("whsec_");
    assertThat(log.text())
        .contains("the emulator started by featurebase:emulator-start")
        .doesNotContain("sk_emulator_");

    stop.baseUrl = baseUrl;
    stop.requestLog = dir.resolve("requests.json").toFile();
    stop.setLog(log);
    stop.execute();
    assertThat(Files.readString(dir.resolve("requests.json"))).contains("/v2/webhooks");
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/__emulator/health")).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> http.send(health, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void maxWebhooksRaisesTheEmulatedLimit(
      @InjectMojo(goal = "emulator-start") EmulatorStartMojo start,
      @InjectMojo(goal = "emulator-stop") EmulatorStopMojo stop)
      throws Exception {
    StringBuilder webhooks = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      webhooks
          .append(i == 0 ? "" : ",")
          .append("{\"name\":\"Hook ")
          .append(i)
          .append("\",\"url\":\"https://example.com/h\",\"topics\":[\"post.created\"]}");
    }
    Path seed = Files.writeString(dir.resolve("seed.json"), "[" + webhooks + "]");
    start.seed = seed.toFile();
    start.maxWebhooks = 11;
    start.setLog(new CapturingLog());

    start.execute();

    String baseUrl = project.getProperties().getProperty("featurebase.baseUrl");
    stop.baseUrl = baseUrl;
    stop.setLog(new CapturingLog());
    stop.execute();
    assertThat(baseUrl).as("an emulator seeded with 11 webhooks started").isNotNull();
  }

  @Test
  void eventGoalSaysWhichWebhooksOutsideThisMachineGotNothing(
      @InjectMojo(goal = "emulator-start") EmulatorStartMojo start,
      @InjectMojo(goal = "emulator-event") EmulatorEventMojo event,
      @InjectMojo(goal = "emulator-stop") EmulatorStopMojo stop)
      throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        "{\"webhooks\":[{\"name\":\"Production Webhook\","
            + "\"url\":\"https://example.com/webhooks/featurebase\",\"topics\":[\"post.updated\"]}]}");
    CapturingLog log = new CapturingLog();
    start.seed = seed.toFile();
    start.setLog(log);
    start.execute();
    String baseUrl = project.getProperties().getProperty("featurebase.baseUrl");

    event.baseUrl = baseUrl;
    event.topic = "post.updated";
    event.setLog(log);
    event.execute();

    assertThat(log.text())
        .containsPattern(
            "\\[WARN\\] Event notif_[0-9a-f]+ not delivered to 'Production Webhook':"
                + " https://example.com is not a loopback host; start the emulator with"
                + " --allow-external-deliveries"
                + " \\(-Dfeaturebase.emulator.allowExternalDeliveries=true\\) to deliver outside"
                + " this machine\\.");
    java.net.http.HttpResponse<String> deliveries =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/__emulator/deliveries")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(deliveries.body()).contains("\"outcome\":\"refused\"").doesNotContain("failed");
    stop.baseUrl = baseUrl;
    stop.setLog(log);
    stop.execute();
  }

  @Test
  void allowExternalDeliveriesLetsTheEmulatorTry(
      @InjectMojo(goal = "emulator-start") EmulatorStartMojo start,
      @InjectMojo(goal = "emulator-event") EmulatorEventMojo event,
      @InjectMojo(goal = "emulator-stop") EmulatorStopMojo stop)
      throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    // 0.0.0.0 is no loopback host by name, but it stays on this machine: nothing listens there
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        "{\"webhooks\":[{\"name\":\"Elsewhere\",\"url\":\"https://0.0.0.0:"
            + closedPort
            + "/hook\",\"topics\":[\"post.updated\"]}]}");
    CapturingLog log = new CapturingLog();
    start.seed = seed.toFile();
    start.allowExternalDeliveries = true;
    start.setLog(log);
    start.execute();
    String baseUrl = project.getProperties().getProperty("featurebase.baseUrl");

    event.baseUrl = baseUrl;
    event.topic = "post.updated";
    event.setLog(log);
    event.execute();
    stop.baseUrl = baseUrl;
    stop.setLog(log);
    stop.execute();

    assertThat(log.text())
        .contains("to webhook 'Elsewhere' at https://0.0.0.0:" + closedPort + "/hook: failed")
        .doesNotContain("not a loopback host");
  }

  @Test
  void anEmulatorLeftRunningIsClosedWhenTheBuildEnds(
      @InjectMojo(goal = "emulator-start") EmulatorStartMojo start) throws Exception {
    start.setLog(new CapturingLog());
    start.execute();
    URI baseUrl = URI.create(project.getProperties().getProperty("featurebase.baseUrl"));
    HttpRequest health = HttpRequest.newBuilder(baseUrl.resolve("/__emulator/health")).build();
    HttpClient http = HttpClient.newHttpClient();
    assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

    // what the shutdown hook runs when the Maven JVM exits
    EmulatorRegistry.closeAll();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> http.send(health, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(java.io.IOException.class);
    EmulatorRegistry.remove(baseUrl);
  }

  @Test
  void eventGoalDeliversASignedEventTheReceiverCanVerify(
      @InjectMojo(goal = "emulator-start") EmulatorStartMojo start,
      @InjectMojo(goal = "export-secret") ExportSecretMojo export,
      @InjectMojo(goal = "emulator-event") EmulatorEventMojo event,
      @InjectMojo(goal = "emulator-stop") EmulatorStopMojo stop)
      throws Exception {
    java.util.concurrent.BlockingQueue<byte[]> bodies =
        new java.util.concurrent.LinkedBlockingQueue<>();
    java.util.concurrent.BlockingQueue<com.sun.net.httpserver.Headers> headers =
        new java.util.concurrent.LinkedBlockingQueue<>();
    com.sun.net.httpserver.HttpServer receiver =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          bodies.add(exchange.getRequestBody().readAllBytes());
          headers.add(exchange.getRequestHeaders());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      Path seed = dir.resolve("seed.json");
      Files.writeString(
          seed,
          "{\"webhooks\":[{\"name\":\"Local\",\"url\":\"http://127.0.0.1:"
              + receiver.getAddress().getPort()
              + "/hook\",\"topics\":[\"post.updated\"]}]}");
      CapturingLog log = new CapturingLog();
      start.seed = seed.toFile();
      start.setLog(log);
      start.execute();
      String baseUrl = project.getProperties().getProperty("featurebase.baseUrl");
      export.baseUrl = baseUrl;
      export.webhookName = "Local";
      export.secretFile = dir.resolve("secret").toFile();
      export.setLog(log);
      export.execute();

      event.baseUrl = baseUrl;
      event.topic = "post.updated";
      event.setLog(log);
      event.execute();

      byte[] body = bodies.poll(5, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(body).isNotNull();
      com.sun.net.httpserver.Headers received = headers.poll();
      io.github.fbhooks.secret.Secret secret =
          io.github.fbhooks.secret.Secret.of(Files.readString(dir.resolve("secret")).trim());
      assertThat(
              io.github.fbhooks.signature.WebhookVerifier.of(secret)
                  .verify(received, body)
                  .isVerified())
          .isTrue();
      assertThat(log.text()).contains("to webhook 'Local'").contains("(HTTP 204)");
      stop.baseUrl = baseUrl;
      stop.setLog(log);
      stop.execute();
    } finally {
      receiver.stop(0);
    }
  }

  @Test
  @InjectMojo(goal = "emulator-stop")
  void stoppingNothingIsHarmless(EmulatorStopMojo stop) throws Exception {
    CapturingLog log = new CapturingLog();
    stop.baseUrl = "http://127.0.0.1:1";
    stop.setLog(log);

    stop.execute();

    assertThat(log.text()).contains("nothing to stop");
  }
}
