package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed requests a real server receives get a documented 4xx error envelope, quickly: never
 * a 500, a dropped connection or a hang, and the emulator keeps serving.
 */
class HostileRequestsTest extends EmulatorTestBase {

  private static final String ID = "0123456789abcdef01234567";

  static Stream<Arguments> requests() {
    String deep = "[".repeat(100_000);
    String deepObject = "{\"name\":" + "{\"a\":".repeat(50_000) + "1";
    String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    return Stream.of(
        Arguments.of("POST", "/v2/webhooks", "text/plain", "{\"name\":", 400),
        Arguments.of("POST", "/v2/webhooks", "application/x-www-form-urlencoded", "a=b&c=d", 400),
        Arguments.of("POST", "/v2/webhooks", "application/json", deep, 400),
        Arguments.of("POST", "/v2/webhooks", "application/json", deepObject, 400),
        Arguments.of("POST", "/v2/webhooks", "application/json", huge, 413),
        Arguments.of("POST", "/v2/webhooks", "application/json", "\u0000\u0001\u0002", 400),
        Arguments.of("POST", "/v2/webhooks", "application/json", "[1,2,3]", 400),
        Arguments.of("POST", "/v2/webhooks", "application/json", "{\"topics\":1e999999}", 400),
        Arguments.of("PATCH", "/v2/webhooks/" + ID, "application/json", "{\"name\":", 400),
        Arguments.of("GET", "/v2/webhooks/ZZZZ", null, null, 400),
        Arguments.of("GET", "/v2/webhooks/" + "a".repeat(5000), null, null, 400),
        Arguments.of("GET", "/v2/webhooks/%2e%2e%2fsecret", null, null, 400),
        Arguments.of("DELETE", "/v2/webhooks/" + ID.toUpperCase(), null, null, 400),
        Arguments.of("POST", "/v2/webhooks/nothex/secret", null, null, 400),
        Arguments.of("GET", "/v2/webhooks/" + ID, null, null, 404),
        Arguments.of("GET", "/v2/webhooks?cursor=%00%ff", null, null, 400),
        Arguments.of("GET", "/v2/webhooks?cursor=" + "Q".repeat(4000), null, null, 400),
        Arguments.of("GET", "/v2/webhooks?cursor=eyJ4IjoxfQ", null, null, 400),
        Arguments.of("GET", "/v2/webhooks?limit=-1", null, null, 400),
        Arguments.of("GET", "/v2/webhooks?limit=99999999999999999999", null, null, 400),
        Arguments.of("GET", "/v2/webhooks?limit=1&limit=2", null, null, 400));
  }

  @ParameterizedTest(name = "{0} {1} ({2}) -> {4}")
  @MethodSource("requests")
  void getsADocumentedErrorNeverA500OrAHang(
      String method, String path, String contentType, String body, int expected) throws Exception {
    TestClient.Call call = api.call(method, path).timeout(Duration.ofSeconds(10));
    if (body != null) {
      call = call.body(body);
    }
    if (contentType != null) {
      call = call.header("Content-Type", contentType);
    }

    Reply reply = call.send();

    assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(reply.json().get("error").get("code").asText()).isNotBlank();
    assertThat(api.get("/v2/webhooks").status()).as("still serving").isEqualTo(200);
  }
}
