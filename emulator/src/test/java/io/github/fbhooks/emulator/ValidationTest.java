package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest extends EmulatorTestBase {

  private static final String URL = "'url':'https://example.com/h'";
  private static final String TOPICS = "'topics':['post.created']";
  private static final String NAME = "'name':'n'";

  /** A create body with one part varied, and the error code and param it must give. */
  static Stream<Arguments> badCreates() {
    return Stream.of(
        Arguments.of("{" + URL + "," + TOPICS + "}", "missing_parameter", "name"),
        Arguments.of("{'name':null," + URL + "," + TOPICS + "}", "missing_parameter", "name"),
        Arguments.of("{'name':''," + URL + "," + TOPICS + "}", "invalid_parameter", "name"),
        Arguments.of(
            "{'name':'" + "x".repeat(101) + "'," + URL + "," + TOPICS + "}",
            "invalid_parameter",
            "name"),
        Arguments.of("{'name':7," + URL + "," + TOPICS + "}", "invalid_parameter", "name"),
        Arguments.of("{" + NAME + "," + TOPICS + "}", "missing_parameter", "url"),
        Arguments.of(
            "{" + NAME + ",'url':'http://example.com/h'," + TOPICS + "}",
            "invalid_parameter",
            "url"),
        Arguments.of(
            "{" + NAME + ",'url':'ftp://example.com/h'," + TOPICS + "}",
            "invalid_parameter",
            "url"),
        Arguments.of("{" + NAME + ",'url':'not a url'," + TOPICS + "}", "invalid_parameter", "url"),
        Arguments.of("{" + NAME + ",'url':'/relative'," + TOPICS + "}", "invalid_parameter", "url"),
        Arguments.of(
            "{" + NAME + ",'url':['https://e.com']," + TOPICS + "}", "invalid_parameter", "url"),
        Arguments.of("{" + NAME + "," + URL + "}", "missing_parameter", "topics"),
        Arguments.of("{" + NAME + "," + URL + ",'topics':[]}", "invalid_parameter", "topics"),
        Arguments.of(
            "{" + NAME + "," + URL + ",'topics':'post.created'}", "invalid_parameter", "topics"),
        Arguments.of(
            "{" + NAME + "," + URL + ",'topics':['post.upvoted']}",
            "invalid_parameter",
            "topics[0]"),
        Arguments.of(
            "{" + NAME + "," + URL + ",'topics':['post.created',3]}",
            "invalid_parameter",
            "topics[1]"),
        Arguments.of(
            "{" + NAME + "," + URL + ",'topics':['post.created','post.created']}",
            "invalid_parameter",
            "topics[1]"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'description':'" + "d".repeat(501) + "'}",
            "invalid_parameter",
            "description"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'description':false}",
            "invalid_parameter",
            "description"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':[]}",
            "invalid_parameter",
            "requestConfig"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':{'timeoutMs':999}}",
            "invalid_parameter",
            "requestConfig.timeoutMs"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':{'timeoutMs':30001}}",
            "invalid_parameter",
            "requestConfig.timeoutMs"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':{'timeoutMs':'5000'}}",
            "invalid_parameter",
            "requestConfig.timeoutMs"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':{'timeoutMs':5000.5}}",
            "invalid_parameter",
            "requestConfig.timeoutMs"),
        Arguments.of(
            "{"
                + NAME
                + ","
                + URL
                + ","
                + TOPICS
                + ",'requestConfig':{'headers':"
                + headers(11, 1)
                + "}}",
            "invalid_parameter",
            "requestConfig.headers"),
        Arguments.of(
            "{"
                + NAME
                + ","
                + URL
                + ","
                + TOPICS
                + ",'requestConfig':{'headers':{'X-A':'"
                + "v".repeat(1025)
                + "'}}}",
            "invalid_parameter",
            "requestConfig.headers.X-A"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':{'headers':{'X-A':1}}}",
            "invalid_parameter",
            "requestConfig.headers.X-A"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':{'headers':'X-A: 1'}}",
            "invalid_parameter",
            "requestConfig.headers"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'requestConfig':{'retries':3}}",
            "parameter_not_supported",
            "requestConfig.retries"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'status':'paused'}",
            "parameter_not_supported",
            "status"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'secret':'whsec_x'}",
            "parameter_not_supported",
            "secret"),
        Arguments.of(
            "{" + NAME + "," + URL + "," + TOPICS + ",'colour':'red'}",
            "parameter_not_supported",
            "colour"));
  }

  private static String headers(int count, int valueLength) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",")
          .append("'X-H")
          .append(i)
          .append("':'")
          .append("v".repeat(valueLength))
          .append("'");
    }
    return b.append("}").toString();
  }

  @ParameterizedTest
  @MethodSource("badCreates")
  void badCreateBodiesGetTheErrorEnvelope(String body, String code, String param) throws Exception {
    Reply r = api.post("/v2/webhooks", Json.of(body.replace("%", "%%")));

    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    JsonNode e = r.error();
    assertThat(e.get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(e.get("code").asText()).as(r.toString()).isEqualTo(code);
    assertThat(e.get("status").asInt()).isEqualTo(400);
    assertThat(e.get("param").asText()).as(r.toString()).isEqualTo(param);
    assertThat(e.get("message").asText()).isNotBlank();
    assertThat(e.get("details")).isNotEmpty();
    assertThat(e.get("details").get(0).get("path").asText()).isEqualTo(param);
    assertThat(e.get("details").get(0).get("message").asText()).isNotBlank();
    assertThat(api.get("/v2/webhooks").json().get("data")).isEmpty();
  }

  @Test
  void everyProblemOfABodyIsADetail() throws Exception {
    Reply r =
        api.post("/v2/webhooks", Json.of("{'name':'','url':'http://e.com','topics':['nope']}"));

    JsonNode details = r.error().get("details");
    assertThat(details).hasSize(3);
    assertThat(details.findValuesAsText("path")).containsExactly("name", "url", "topics[0]");
    assertThat(details.get(2).get("message").asText()).isEqualTo("unknown topic \"nope\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1,2]",
        "\"a string\"",
        "{\"name\":\"a\",\"name\":\"b\",\"url\":\"https://e.com\",\"topics\":[\"post.created\"]}",
        "{\"name\":\"a\"} trailing"
      })
  void malformedOrNonObjectBodiesAreInvalidRequest(String body) throws Exception {
    Reply r = api.call("POST", "/v2/webhooks").body(body).send();

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(r.error().get("code").asText()).isEqualTo("invalid_request");
    assertThat(r.error().has("param")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost/h",
        "http://LOCALHOST:8080/h",
        "http://127.0.0.1:9000/h",
        "http://127.45.6.7/h",
        "http://[::1]:8080/h",
        "https://localhost/h",
        "HTTPS://example.com/h?x=1"
      })
  void httpIsAcceptedOnlyForLoopbackHosts(String url) throws Exception {
    Reply r =
        api.post("/v2/webhooks", Json.of("{'name':'l','url':'%s','topics':['post.created']}", url));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("url").asText()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://128.0.0.1/h",
        "http://localhost.example.com/h",
        "http://127.0.0.1.nip.io/h",
        "http://10.0.0.1/h",
        "http://[::2]/h",
        "http://0.0.0.0/h"
      })
  void httpToOtherHostsIsRefused(String url) throws Exception {
    Reply r =
        api.post("/v2/webhooks", Json.of("{'name':'l','url':'%s','topics':['post.created']}", url));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("param").asText()).isEqualTo("url");
    assertThat(r.error().get("message").asText()).contains("https");
  }

  @Test
  void boundaryValuesAreAccepted() throws Exception {
    Reply r =
        api.post(
            "/v2/webhooks",
            Json.of(
                "{'name':'%s','url':'https://e.com','topics':['conversation_part.redacted'],"
                    + "'description':'%s','requestConfig':{'timeoutMs':30000,'headers':%s}}",
                "n".repeat(100), "d".repeat(500), headers(10, 1024)));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().get("requestConfig").get("headers").size()).isEqualTo(10);
    assertThat(
            api.post(
                    "/v2/webhooks",
                    Json.of(
                        "{'name':'t','url':'https://e.com','topics':['post.created'],'requestConfig':{'timeoutMs':1000}}"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void allTwentySevenTopicsAreAccepted() throws Exception {
    StringBuilder topics = new StringBuilder();
    for (io.github.fbhooks.webhook.Topic t : io.github.fbhooks.webhook.Topic.values()) {
      topics.append(topics.length() == 0 ? "" : ",").append("'").append(t.wireName()).append("'");
    }

    Reply r =
        api.post(
            "/v2/webhooks", Json.of("{'name':'all','url':'https://e.com','topics':[%s]}", topics));

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("topics")).hasSize(27);
  }

  static Stream<Arguments> badPatches() {
    return Stream.of(
        Arguments.of("{'name':null}", "invalid_parameter", "name"),
        Arguments.of("{'name':''}", "invalid_parameter", "name"),
        Arguments.of("{'url':'http://example.com'}", "invalid_parameter", "url"),
        Arguments.of("{'url':null}", "invalid_parameter", "url"),
        Arguments.of("{'topics':[]}", "invalid_parameter", "topics"),
        Arguments.of("{'topics':null}", "invalid_parameter", "topics"),
        Arguments.of("{'topics':['post.upvoted']}", "invalid_parameter", "topics[0]"),
        Arguments.of("{'status':'suspended'}", "invalid_parameter", "status"),
        Arguments.of("{'status':'deleted'}", "invalid_parameter", "status"),
        Arguments.of("{'status':true}", "invalid_parameter", "status"),
        Arguments.of("{'description':12}", "invalid_parameter", "description"),
        Arguments.of(
            "{'requestConfig':{'timeoutMs':0}}", "invalid_parameter", "requestConfig.timeoutMs"),
        Arguments.of(
            "{'requestConfig':{'extra':1}}", "parameter_not_supported", "requestConfig.extra"),
        Arguments.of("{'secret':'whsec_abc'}", "parameter_not_supported", "secret"),
        Arguments.of("{'id':'0123456789abcdef01234567'}", "parameter_not_supported", "id"),
        Arguments.of("{'health':{}}", "parameter_not_supported", "health"));
  }

  @ParameterizedTest
  @MethodSource("badPatches")
  void badPatchBodiesAreRefusedAndChangeNothing(String body, String code, String param)
      throws Exception {
    JsonNode created = api.create("p");
    String path = "/v2/webhooks/" + created.get("id").asText();

    Reply r = api.patch(path, Json.of(body));

    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).as(r.toString()).isEqualTo(code);
    assertThat(r.error().get("param").asText()).isEqualTo(param);
    assertThat(api.get(path).json()).isEqualTo(created);
  }

  @Test
  void malformedPatchBodyIsInvalidRequest() throws Exception {
    String path = "/v2/webhooks/" + api.create("p").get("id").asText();

    assertThat(api.patch(path, "{").error().get("code").asText()).isEqualTo("invalid_request");
    assertThat(api.patch(path, "[]").error().get("code").asText()).isEqualTo("invalid_request");
  }

  @Test
  void unknownBodyFieldsAreRefusedByDefault() throws Exception {
    Reply create =
        api.post(
            "/v2/webhooks", Json.of("{" + NAME + "," + URL + "," + TOPICS + ",'colour':'red'}"));

    assertThat(create.status()).isEqualTo(400);
    assertThat(create.error().get("code").asText()).isEqualTo("parameter_not_supported");
    assertThat(create.error().get("param").asText()).isEqualTo("colour");
  }

  @Test
  void unknownBodyFieldsCanBeIgnoredInstead() throws Exception {
    restart(EmulatorOptions.builder().unknownFields(UnknownFields.IGNORE).build());

    Reply create =
        api.post(
            "/v2/webhooks",
            Json.of(
                "{"
                    + NAME
                    + ","
                    + URL
                    + ","
                    + TOPICS
                    + ",'colour':'red','status':'paused',"
                    + "'requestConfig':{'timeoutMs':2000,'retries':3}}"));
    String id = create.json().get("id").asText();
    Reply patch = api.patch("/v2/webhooks/" + id, Json.of("{'name':'renamed','colour':'blue'}"));

    assertThat(create.status()).as(create.toString()).isEqualTo(201);
    assertThat(create.json().has("colour")).isFalse();
    assertThat(create.json().get("status").asText())
        .as("status is no create field: ignored, not applied")
        .isEqualTo("active");
    assertThat(create.json().get("requestConfig").get("timeoutMs").asInt()).isEqualTo(2000);
    assertThat(create.json().get("requestConfig").has("retries")).isFalse();
    assertThat(patch.status()).isEqualTo(200);
    assertThat(patch.json().get("name").asText()).isEqualTo("renamed");
    // known fields are still checked
    assertThat(api.patch("/v2/webhooks/" + id, Json.of("{'name':'','colour':1}")).status())
        .isEqualTo(400);
  }
}
