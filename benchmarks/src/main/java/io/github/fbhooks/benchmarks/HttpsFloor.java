package io.github.fbhooks.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Benchmark 1's floor: a JVM that starts, sends the one request a rotation needs ({@code POST
 * /v2/webhooks/{id}/secret}) over HTTPS with the JDK's {@code HttpsURLConnection} (whose exit does
 * not wait for a selector thread) and the default trust store, and exits. Nothing a command line
 * over HTTPS can do in less; it uses only the JDK, so run.sh starts it with the benchmarks' classes
 * alone on the class path.
 *
 * <p>Usage: {@code HttpsFloor <baseUrl> <webhookId>}; the key is {@code $FEATUREBASE_API_KEY}.
 */
public final class HttpsFloor {

  private HttpsFloor() {}

  public static void main(String[] args) throws IOException {
    URI uri = URI.create(args[0] + "/v2/webhooks/" + args[1] + "/secret");
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setRequestProperty(
        "Authorization", "Bearer " + System.getenv("FEATUREBASE_API_KEY"));
    connection.setRequestProperty("Featurebase-Version", "2026-01-01.nova");
    connection.setDoOutput(true);
    connection.getOutputStream().close();
    int status = connection.getResponseCode();
    try (InputStream in = connection.getInputStream()) {
      in.readAllBytes();
    }
    // the answer holds the new secret: only the status is printed
    System.out.println(status);
    System.exit(status == 200 ? 0 : 1);
  }
}
