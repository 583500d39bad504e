package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.api.AuthenticationException;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.InvalidRequestException;
import io.github.fbhooks.api.RetryPolicy;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.WebhookCreate;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultInjectionTest extends EmulatorTestBase {

  private static final String CREATE =
      Json.of("{'name':'f','url':'https://e.com/h','topics':['post.created']}");

  private JsonNode addFault(String json) throws Exception {
    Reply r = api.admin("POST", "/__emulator/faults", Json.of(json));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  private int webhookCount() throws Exception {
    return api.get("/v2/webhooks").json().get("data").size();
  }

  @Test
  void respondAnswersTheCannedResponseWithoutProcessing() throws Exception {
    addFault(
        "{'method':'POST','path':'/v2/webhooks','action':'respond','status':503,"
            + "'headers':{'Retry-After':'7'},'body':'<html>down</html>','contentType':'text/html'}");

    Reply r = api.post("/v2/webhooks", CREATE);

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("7");
    assertThat(r.header("Content-Type")).isEqualTo("text/html");
    assertThat(r.body()).isEqualTo("<html>down</html>");
    assertThat(webhookCount()).isZero();
    assertThat(api.post("/v2/webhooks", CREATE).status()).isEqualTo(201);
  }

  @Test
  void respondCanServeMalformedAndWrongShapedJson() throws Exception {
    addFault("{'path':'/v2/webhooks','action':'respond','status':200,'body':'{\\\"data\\\":['}");
    addFault(
        "{'path':'/v2/webhooks','action':'respond','status':200,'body':'{\\\"weird\\\":true}'}");

    Reply malformed = api.get("/v2/webhooks");
    Reply wrongShape = api.get("/v2/webhooks");

    assertThat(malformed.body()).isEqualTo("{\"data\":[");
    assertThat(malformed.header("Content-Type")).isEqualTo("application/json");
    assertThat(wrongShape.body()).isEqualTo("{\"weird\":true}");
    assertThat(api.get("/v2/webhooks").json().get("object").asText()).isEqualTo("list");
  }

  @Test
  void errorShapesWriteTheBodiesReportedOutsideTheEnvelope() throws Exception {
    addFault(
        "{'path':'/v2/webhooks','action':'respond','status':401,'errorShape':'success_false',"
            + "'message':'Invalid API Key'}");
    addFault(
        "{'path':'/v2/webhooks','action':'respond','status':400,'errorShape':'code_message',"
            + "'message':'Validation error: url is invalid'}");
    addFault(
        "{'path':'/v2/webhooks','action':'respond','status':409,'errorShape':'envelope',"
            + "'code':'conflict','message':'Try again'}");

    Reply successFalse = api.post("/v2/webhooks", CREATE);
    Reply codeMessage = api.post("/v2/webhooks", CREATE);
    Reply envelope = api.post("/v2/webhooks", CREATE);

    assertThat(successFalse.status()).isEqualTo(401);
    assertThat(successFalse.header("Content-Type")).isEqualTo("application/json");
    assertThat(successFalse.body())
        .isEqualTo("{\"success\":false,\"message\":\"Invalid API Key\"}");
    assertThat(codeMessage.status()).isEqualTo(400);
    assertThat(codeMessage.body())
        .isEqualTo("{\"code\":400,\"message\":\"Validation error: url is invalid\"}");
    assertThat(envelope.status()).isEqualTo(409);
    assertThat(envelope.body())
        .isEqualTo(
            "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"conflict\","
                + "\"message\":\"Try again\",\"status\":409}}");
    assertThat(webhookCount()).isZero();
  }

  @Test
  void theClientShowsTheMessageOfEachShapeOutsideTheEnvelope() throws Exception {
    FeaturebaseClient client =
        FeaturebaseClient.create(
            ClientSettings.builder(emulator.baseUrl(), Secret.of(TestClient.API_KEY))
                .retryPolicy(RetryPolicy.none())
                .build(),
            BuildLog.NONE);
    addFault(
        "{'path':'/v2/webhooks','action':'respond','status':401,'errorShape':'success_false',"
            + "'message':'Invalid API Key'}");
    addFault(
        "{'path':'/v2/webhooks','action':'respond','status':400,'errorShape':'code_message',"
            + "'message':'Validation error: topics is required'}");

    AuthenticationException unauthorized =
        catchThrowableOfType(AuthenticationException.class, () -> client.list(null, null, null));
    InvalidRequestException invalid =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client.create(
                    new WebhookCreate(
                        "f", "https://e.com/h", List.of("post.created"), null, null)));

    assertThat(unauthorized.apiMessage()).isEqualTo("Invalid API Key");
    assertThat(unauthorized)
        .hasMessageContaining("401, outside the error envelope: Invalid API Key");
    assertThat(invalid.apiMessage()).isEqualTo("Validation error: topics is required");
    assertThat(invalid)
        .hasMessageContaining(
            "400, outside the error envelope: Validation error: topics is required");
  }

  @Test
  void faultsAreUsedUpTimesTimesInInsertionOrder() throws Exception {
    addFault("{'path':'/v2/webhooks','action':'respond','status':500,'times':2}");
    addFault("{'path':'/v2/webhooks','action':'respond','status':502}");

    assertThat(api.get("/v2/webhooks").status()).isEqualTo(500);
    JsonNode pending = api.admin("GET", "/__emulator/faults", null).json().get("faults");
    assertThat(pending).hasSize(2);
    assertThat(pending.get(0).get("remaining").asInt()).isEqualTo(1);
    assertThat(pending.get(0).get("times").asInt()).isEqualTo(2);
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(500);
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(502);
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);
    assertThat(api.admin("GET", "/__emulator/faults", null).json().get("faults")).isEmpty();
  }

  @Test
  void methodAndGlobSelectTheRequests() throws Exception {
    String id = api.create("g").get("id").asText();
    addFault("{'method':'post','path':'/v2/webhooks/*/secret','action':'respond','status':504}");

    assertThat(api.get("/v2/webhooks/" + id).status()).isEqualTo(200);
    assertThat(api.call("GET", "/v2/webhooks/" + id + "/secret").send().status()).isEqualTo(405);
    assertThat(api.post("/v2/webhooks/" + id + "/secret", null).status()).isEqualTo(504);
  }

  @Test
  void doubleStarMatchesAnyRest() throws Exception {
    addFault("{'path':'/v2/**','action':'respond','status':500,'times':3}");

    assertThat(api.get("/v2/webhooks").status()).isEqualTo(500);
    assertThat(api.get("/v2/webhooks/0123456789abcdef01234567").status()).isEqualTo(500);
    assertThat(api.post("/v2/webhooks/0123456789abcdef01234567/secret", null).status())
        .isEqualTo(500);
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);
  }

  @Test
  void delayProcessesAfterTheClientGaveUp() throws Exception {
    addFault("{'method':'POST','path':'/v2/webhooks','action':'delay','delayMs':700}");

    assertThatThrownBy(
            () ->
                api.call("POST", "/v2/webhooks")
                    .body(CREATE)
                    .timeout(Duration.ofMillis(200))
                    .send())
        .isInstanceOf(HttpTimeoutException.class);

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (webhookCount() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(webhookCount()).isEqualTo(1);
  }

  @Test
  void delayThenAnswersNormally() throws Exception {
    addFault("{'path':'/v2/webhooks','action':'delay','delayMs':300}");
    long start = System.nanoTime();

    Reply r = api.get("/v2/webhooks");

    assertThat(r.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void dropProcessesButTheClientGetsNoAnswer() throws Exception {
    addFault("{'method':'POST','path':'/v2/webhooks','action':'drop'}");

    assertThatThrownBy(() -> api.post("/v2/webhooks", CREATE)).isInstanceOf(IOException.class);

    JsonNode data = api.get("/v2/webhooks").json().get("data");
    assertThat(data).hasSize(1);
    assertThat(data.get(0).get("name").asText()).isEqualTo("f");
  }

  @Test
  void dropOfARotationLosesTheNewSecret() throws Exception {
    JsonNode w = api.create("r");
    String id = w.get("id").asText();
    addFault("{'path':'/v2/webhooks/*/secret','action':'drop'}");

    assertThatThrownBy(() -> api.post("/v2/webhooks/" + id + "/secret", null))
        .isInstanceOf(IOException.class);

    assertThat(api.get("/v2/webhooks/" + id).json().get("secret").asText())
        .isNotEqualTo(w.get("secret").asText());
  }

  @Test
  void resetProcessesThenCutsTheAnswerMidBody() throws Exception {
    addFault("{'method':'POST','path':'/v2/webhooks','action':'reset'}");

    assertThatThrownBy(() -> api.post("/v2/webhooks", CREATE)).isInstanceOf(IOException.class);

    assertThat(webhookCount()).isEqualTo(1);
    JsonNode logged = api.admin("GET", "/__emulator/requests", null).json().get("requests");
    assertThat(logged.get(0).get("fault").asText()).isEqualTo("reset");
    assertThat(logged.get(0).get("status").asInt()).isEqualTo(201);
  }

  @Test
  void disconnectClosesWithoutProcessing() throws Exception {
    addFault("{'method':'POST','path':'/v2/webhooks','action':'disconnect'}");

    assertThatThrownBy(() -> api.post("/v2/webhooks", CREATE)).isInstanceOf(IOException.class);

    assertThat(webhookCount()).isZero();
  }

  /**
   * The JDK client silently resends a GET once when a connection closes before any byte of the
   * answer; a GET-failing test therefore needs times 2. This pins that behaviour down.
   */
  @Test
  void theJdkClientRetriesAGetOnceOnDisconnect() throws Exception {
    api.get("/v2/webhooks"); // leaves a pooled connection, which makes the retry kick in
    addFault("{'method':'GET','path':'/v2/webhooks','action':'disconnect'}");
    assertThat(api.get("/v2/webhooks").status()).isEqualTo(200);

    addFault("{'method':'GET','path':'/v2/webhooks','action':'disconnect','times':2}");
    assertThatThrownBy(() -> api.get("/v2/webhooks")).isInstanceOf(IOException.class);
  }

  @Test
  void faultedRequestsAreLoggedWithTheirFault() throws Exception {
    addFault("{'path':'/v2/webhooks','action':'respond','status':503}");
    addFault("{'method':'POST','path':'/v2/webhooks','action':'disconnect'}");
    api.get("/v2/webhooks");
    assertThatThrownBy(() -> api.post("/v2/webhooks", CREATE)).isInstanceOf(IOException.class);

    JsonNode log = api.admin("GET", "/__emulator/requests", null).json().get("requests");

    assertThat(log).hasSize(2);
    assertThat(log.get(0).get("status").asInt()).isEqualTo(503);
    assertThat(log.get(0).get("fault").asText()).isEqualTo("respond");
    assertThat(log.get(1).get("status").isNull()).isTrue();
    assertThat(log.get(1).get("fault").asText()).isEqualTo("disconnect");
  }

  @Test
  void faultsCanBeListedAndCleared() throws Exception {
    JsonNode added =
        addFault(
            "{'method':'PATCH','path':'/v2/webhooks/*','action':'delay','delayMs':10,'times':4}");
    assertThat(added.get("id").asText()).startsWith("flt_");
    assertThat(added.get("method").asText()).isEqualTo("PATCH");
    assertThat(added.get("action").asText()).isEqualTo("delay");
    assertThat(added.get("delayMs").asLong()).isEqualTo(10);
    assertThat(added.get("remaining").asInt()).isEqualTo(4);

    assertThat(api.admin("GET", "/__emulator/faults", null).json().get("faults")).hasSize(1);
    assertThat(api.admin("DELETE", "/__emulator/faults", null).json().get("deleted").asInt())
        .isEqualTo(1);
    assertThat(api.admin("GET", "/__emulator/faults", null).json().get("faults")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "{'path':'/v2/webhooks'}                                       | missing_parameter       | action",
        "{'path':'/v2/webhooks','action':'explode'}                    | invalid_parameter       | action",
        "{'action':'drop'}                                             | missing_parameter       | path",
        "{'path':'v2/webhooks','action':'drop'}                        | invalid_parameter       | path",
        "{'path':'/v2/webhooks','action':'respond'}                    | missing_parameter       | status",
        "{'path':'/v2/webhooks','action':'respond','status':99}        | invalid_parameter       | status",
        "{'path':'/v2/webhooks','action':'respond','status':'503'}     | invalid_parameter       | status",
        "{'path':'/v2/webhooks','action':'delay'}                      | missing_parameter       | delayMs",
        "{'path':'/v2/webhooks','action':'delay','delayMs':-5}         | invalid_parameter       | delayMs",
        "{'path':'/v2/webhooks','action':'drop','times':0}             | invalid_parameter       | times",
        "{'path':'/v2/webhooks','action':'drop','status':500}          | parameter_not_supported | status",
        "{'path':'/v2/webhooks','action':'respond','status':500,'delayMs':5} | parameter_not_supported | delayMs",
        "{'path':'/v2/webhooks','action':'drop','colour':'red'}        | parameter_not_supported | colour",
        "{'path':'/v2/webhooks','action':'drop','method':'GET /'}      | invalid_parameter       | method",
        "{'path':'/v2/webhooks','action':'respond','status':500,'headers':{'Content-Length':'9'}} | invalid_parameter | headers.Content-Length",
        "{'path':'/v2/webhooks','action':'respond','status':401,'errorShape':'html','message':'m'} | invalid_parameter | errorShape",
        "{'path':'/v2/webhooks','action':'respond','status':401,'errorShape':'success_false'} | missing_parameter | message",
        "{'path':'/v2/webhooks','action':'respond','status':200,'errorShape':'success_false','message':'m'} | invalid_parameter | status",
        "{'path':'/v2/webhooks','action':'respond','status':401,'errorShape':'success_false','message':'m','body':'x'} | parameter_not_supported | body",
        "{'path':'/v2/webhooks','action':'respond','status':400,'errorShape':'code_message','message':'m','code':'c'} | parameter_not_supported | code",
        "{'path':'/v2/webhooks','action':'respond','status':400,'errorShape':'envelope','message':'m'} | missing_parameter | code",
        "{'path':'/v2/webhooks','action':'respond','status':400,'message':'m'} | parameter_not_supported | message"
      })
  void badFaultsAreRefusedWithTheEnvelope(String body, String code, String param) throws Exception {
    Reply r = api.admin("POST", "/__emulator/faults", Json.of(body.strip()));

    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(r.error().get("code").asText()).as(r.toString()).isEqualTo(code);
    assertThat(r.error().get("param").asText()).isEqualTo(param);
    assertThat(api.admin("GET", "/__emulator/faults", null).json().get("faults")).isEmpty();
  }

  @Test
  void aMalformedFaultBodyIsInvalidRequest() throws Exception {
    Reply r = api.admin("POST", "/__emulator/faults", "{nope");

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).isEqualTo("invalid_request");
  }

  @Test
  void closingDuringADelayIsPrompt() throws Exception {
    addFault("{'path':'/v2/webhooks','action':'delay','delayMs':60000}");
    Thread caller =
        new Thread(
            () -> {
              try {
                api.get("/v2/webhooks");
              } catch (IOException | InterruptedException e) {
                // expected: the emulator goes away
              }
            });
    caller.start();
    Thread.sleep(200);

    long start = System.nanoTime();
    emulator.close();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    caller.join(5000);
    assertThat(caller.isAlive()).isFalse();
  }
}
