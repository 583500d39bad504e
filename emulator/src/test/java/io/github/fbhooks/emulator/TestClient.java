package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small real HTTP client for the emulator; sends a valid key and version unless told not to. */
final class TestClient {

  static final String API_KEY = "sk_test_4f9c2d7e1b";
  static final String NOVA = "2026-01-01.nova";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;

  TestClient(URI base) {
    this.base = base;
  }

  /** One request being built. */
  final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private Duration timeout = Duration.ofSeconds(10);

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
      headers.put("Authorization", "Bearer " + API_KEY);
      headers.put("Featurebase-Version", NOVA);
    }

    /** Sets a header; a null value removes it. */
    Call header(String name, String value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
      return this;
    }

    Call body(String json) {
      this.body = json;
      headers.put("Content-Type", "application/json");
      return this;
    }

    Call timeout(Duration t) {
      this.timeout = t;
      return this;
    }

    Reply send() throws IOException, InterruptedException {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(timeout)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(b::header);
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers(), r.body());
    }
  }

  Call call(String method, String path) {
    return new Call(method, path);
  }

  Reply get(String path) throws IOException, InterruptedException {
    return call("GET", path).send();
  }

  Reply post(String path, String json) throws IOException, InterruptedException {
    Call c = call("POST", path);
    return (json == null ? c : c.body(json)).send();
  }

  Reply patch(String path, String json) throws IOException, InterruptedException {
    return call("PATCH", path).body(json).send();
  }

  Reply delete(String path) throws IOException, InterruptedException {
    return call("DELETE", path).send();
  }

  /** Sends to the admin API, without key or version. */
  Reply admin(String method, String path, String json) throws IOException, InterruptedException {
    Call c = call(method, path).header("Authorization", null).header("Featurebase-Version", null);
    return (json == null ? c : c.body(json)).send();
  }

  /** Creates a webhook and returns it, failing unless the answer is 201. */
  JsonNode create(String name) throws IOException, InterruptedException {
    Reply r =
        post(
            "/v2/webhooks",
            Json.of(
                "{'name':'%s','url':'https://example.com/hook','topics':['post.created']}", name));
    if (r.status() != 201) {
      throw new AssertionError("create failed: " + r);
    }
    return r.json();
  }
}
