package io.github.fbhooks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The client's own JSON reading and writing ({@link JsonValues}, {@link ResponseReader}, {@link
 * FeaturebaseEncoder}) against databind, which the client used before and the emulator still uses:
 * for random documents both must read and write the same thing. A seeded generator makes the
 * inputs; {@code -Dfbhooks.fuzz.tries} and {@code -Dfbhooks.fuzz.seed} run it longer or elsewhere.
 */
class WireCodecTest {

  private static final int TRIES = Integer.getInteger("fbhooks.fuzz.tries", 300);
  private static final long SEED = Long.getLong("fbhooks.fuzz.seed", 20261127L);
  private static final ObjectMapper DATABIND = JsonMappers.json();
  private static final String ID = "65f1c0ffee0123456789abcd";

  @Test
  void randomWebhooksReadAsDatabindReadThem() throws Exception {
    Random seeds = new Random(SEED);
    for (int i = 0; i < TRIES; i++) {
      long seed = seeds.nextLong();
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("object", "list");
      Random random = new Random(seed);
      List<Object> data = new ArrayList<>();
      for (int n = random.nextInt(4); n > 0; n--) {
        data.add(randomWebhook(random));
      }
      page.put("data", data);
      page.put("nextCursor", random.nextBoolean() ? null : text(random));
      byte[] json = DATABIND.writeValueAsBytes(page);

      assertThat(ResponseReader.page(JsonValues.parse(json)))
          .as("try %d (seed %d)", i, seed)
          .usingRecursiveComparison()
          .isEqualTo(DATABIND.readValue(json, WebhookPage.class));
    }
  }

  @Test
  void randomRequestBodiesAreWrittenAsDatabindWroteThem() throws Exception {
    Random seeds = new Random(SEED + 1);
    for (int i = 0; i < TRIES; i++) {
      long seed = seeds.nextLong();
      Random random = new Random(seed);
      WebhookCreate create =
          new WebhookCreate(
              text(random),
              "https://example.com/" + text(random),
              List.of("post.created", text(random)),
              random.nextBoolean() ? null : text(random),
              random.nextBoolean() ? null : randomRequestConfig(random));
      WebhookUpdate.Builder update = WebhookUpdate.builder();
      if (random.nextBoolean()) {
        update.name(text(random));
      }
      if (random.nextBoolean()) {
        update.clearDescription();
      } else if (random.nextBoolean()) {
        update.description(text(random));
      }
      if (random.nextBoolean()) {
        update.topics(List.of(text(random)));
      }
      if (random.nextBoolean()) {
        update.status(random.nextBoolean() ? WebhookStatus.ACTIVE : WebhookStatus.PAUSED);
      }
      if (random.nextBoolean()) {
        update.requestConfig(randomRequestConfig(random));
      }

      for (Object body : List.of(create, update.build())) {
        assertThat(encoded(body))
            .as("try %d (seed %d): %s", i, seed, body)
            .isEqualTo(DATABIND.valueToTree(body));
      }
    }
  }

  @Test
  void unknownFieldsAreIgnoredAndAnUnknownStatusIsUnknown() throws Exception {
    Webhook webhook =
        ResponseReader.webhook(
            parse(
                "{'id':'"
                    + ID
                    + "','status':'archived','future':{'x':[1,2]},"
                    + "'requestConfig':{'timeoutMs':5000,'headers':{'X-A':'1'},'retries':3}}"));

    assertThat(webhook.status()).isEqualTo(WebhookStatus.UNKNOWN);
    assertThat(webhook.requestConfig()).isEqualTo(new RequestConfig(5000, Map.of("X-A", "1")));
    assertThat(webhook.topics()).isEmpty();
    assertThat(webhook.secret()).isNull();
  }

  @Test
  void scalarsAreCoercedAsDatabindDid() throws Exception {
    String json =
        "{'id':'"
            + ID
            + "','name':42,'version':1.0,'description':true,"
            + "'requestConfig':{'timeoutMs':'5000'},'health':{'consecutiveFailures':3.0,"
            + "'avgResponseTime':'','lastResponseTime':87.9,'lastSuccessAt':1767225600.5},"
            + "'lastStatus':{'code':'200','timestamp':'2026-01-01T01:00:00+01:00'}}";

    Webhook webhook = ResponseReader.webhook(parse(json));

    assertThat(webhook)
        .usingRecursiveComparison()
        .isEqualTo(DATABIND.readValue(json.replace('\'', '"'), Webhook.class));
    assertThat(webhook.name()).isEqualTo("42");
    assertThat(webhook.version()).isEqualTo("1.0");
    assertThat(webhook.requestConfig().timeoutMs()).isEqualTo(5000);
    assertThat(webhook.health().lastResponseTime()).isEqualTo(87L);
    assertThat(webhook.health().lastSuccessAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.5Z"));
    assertThat(webhook.lastStatus().timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void aValueOfTheWrongKindIsNamedByItsPath() {
    assertThat(wrongShape("{'data':[{'id':'" + ID + "','topics':['a',null]}]}"))
        .isEqualTo("data[0].topics[1]");
    assertThat(wrongShape("{'data':[{'id':'" + ID + "'},{'id':'" + ID + "','url':{}}]}"))
        .isEqualTo("data[1].url");
    assertThat(wrongShape("{'data':[{'id':'" + ID + "','health':{'consecutiveFailures':'x'}}]}"))
        .isEqualTo("data[0].health.consecutiveFailures");
    assertThat(wrongShape("{'data':[{'id':'" + ID + "','createdAt':'yesterday'}]}"))
        .isEqualTo("data[0].createdAt");
    assertThat(
            wrongShape("{'data':[{'id':'" + ID + "','requestConfig':{'timeoutMs':3000000000}}]}"))
        .isEqualTo("data[0].requestConfig.timeoutMs");
    assertThat(wrongShape("{'data':[{'id':'" + ID + "','requestConfig':{'headers':{'X-A':[]}}}]}"))
        .isEqualTo("data[0].requestConfig.headers.X-A");
    assertThat(wrongShape("{'data':[{'name':'no id'}]}")).isEqualTo("data[0].id");
    assertThat(wrongShape("{'data':[7]}")).isEqualTo("data[0]");
  }

  @Test
  void deletionsAndErrorEnvelopesAreRead() throws Exception {
    assertThat(ResponseReader.deletion(parse("{'id':'" + ID + "','deleted':'true'}")))
        .isEqualTo(new DeletedWebhook(ID, true));
    assertThat(ResponseReader.deletion(parse("{'id':'" + ID + "'}")).deleted()).isFalse();
    for (String deleted : List.of("1", "0", "true", "false", "'true'", "null")) {
      String json = "{'id':'" + ID + "','deleted':" + deleted + "}";
      assertThat(ResponseReader.deletion(parse(json)))
          .as(deleted)
          .isEqualTo(DATABIND.readValue(json.replace('\'', '"'), DeletedWebhook.class));
    }

    String error =
        "{'error':{'type':'invalid_request_error','code':'invalid_parameter','message':'Bad',"
            + "'status':400,'param':'topics','details':[{'path':'topics[0]','message':'no'}]}}";
    assertThat(ResponseReader.error(parse(error)))
        .contains(DATABIND.readValue(error.replace('\'', '"'), ApiError.Envelope.class).error());
    assertThat(
            ResponseReader.error(
                    parse(
                        "{'error':{'code':'invalid_parameter','status':'400',"
                            + "'details':[{'path':{}},{'path':'url','message':'bad'},7]}}"))
                .orElseThrow())
        .as("details that cannot be read are left out, not the error")
        .extracting(ApiError::status, ApiError::details)
        .containsExactly(400, List.of(new ApiError.Detail("url", "bad")));
    assertThat(
            ResponseReader.error(parse("{'error':{'code':'internal_error','details':'oops'}}"))
                .orElseThrow()
                .details())
        .isEmpty();
    assertThat(ResponseReader.error(parse("{'error':{'message':'no code'}}"))).isEmpty();
    assertThat(ResponseReader.error(parse("{'error':'flat'}"))).isEmpty();
    assertThat(ResponseReader.error(parse("[]"))).isEmpty();
  }

  @Test
  void documentsAreReadUpToTheirFirstValue() throws Exception {
    assertThat(JsonValues.parse("  \n".getBytes(StandardCharsets.UTF_8)))
        .isSameAs(JsonValues.NOTHING);
    assertThat(JsonValues.parse("{\"a\":1} trailing".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Map.of("a", 1));
    assertThat(JsonValues.parse("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Map.of("a", 2));
    assertThat(
            catchThrowableOfType(
                com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> JsonValues.parse("{\"a\":[1,".getBytes(StandardCharsets.UTF_8))))
        .isNotNull();
  }

  @Test
  void charactersBeyondTheBasicPlaneAreSentAsUtf8() throws Exception {
    String name = "Deploys \uD83D\uDE80";
    byte[] body =
        encodedBytes(
            new WebhookCreate(
                name, "https://example.com/hooks", List.of("post.created"), null, null));

    String decoded =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body))
            .toString();
    assertThat(decoded).contains(name);
    assertThat(new String(DATABIND.writeValueAsBytes(name), StandardCharsets.UTF_8))
        .as("the shared mapper, which the emulator answers with")
        .contains(name);
  }

  private static JsonNode encoded(Object body) throws Exception {
    return DATABIND.readTree(encodedBytes(body));
  }

  private static byte[] encodedBytes(Object body) {
    RequestTemplate template = new RequestTemplate();
    new FeaturebaseEncoder().encode(body, body.getClass(), template);
    return template.body();
  }

  private static String wrongShape(String json) {
    return catchThrowableOfType(
            ResponseReader.WrongShape.class, () -> ResponseReader.page(parse(json)))
        .path();
  }

  private static Object parse(String singleQuoted) throws Exception {
    return JsonValues.parse(singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> randomWebhook(Random random) {
    Map<String, Object> webhook = new LinkedHashMap<>();
    webhook.put("id", ID);
    webhook.put("object", "webhook");
    webhook.put("name", text(random));
    webhook.put("url", "https://example.com/" + text(random));
    webhook.put("secret", random.nextBoolean() ? null : "whsec_" + text(random));
    webhook.put("description", random.nextBoolean() ? null : text(random));
    webhook.put("topics", random.nextBoolean() ? List.of() : List.of("post.created", text(random)));
    webhook.put("status", List.of("active", "paused", "suspended", "new").get(random.nextInt(4)));
    if (random.nextBoolean()) {
      webhook.put("requestConfig", DATABIND.valueToTree(randomRequestConfig(random)));
    }
    if (random.nextBoolean()) {
      webhook.put(
          "lastStatus",
          map("code", random.nextInt(600), "message", text(random), "timestamp", instant(random)));
    }
    if (random.nextBoolean()) {
      webhook.put(
          "health",
          map(
              "avgResponseTime",
              // an average may come with a fraction
              random.nextBoolean() ? random.nextLong() >>> 20 : random.nextDouble() * 5000,
              "lastResponseTime",
              random.nextBoolean() ? null : random.nextInt(),
              "consecutiveFailures",
              random.nextInt(100),
              "errorsSinceLastSuccess",
              random.nextInt(100),
              "lastSuccessAt",
              random.nextBoolean() ? null : instant(random)));
    }
    webhook.put("version", "1.0");
    webhook.put("createdAt", instant(random));
    webhook.put("updatedAt", instant(random));
    return webhook;
  }

  private static RequestConfig randomRequestConfig(Random random) {
    Map<String, String> headers = new TreeMap<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      headers.put("X-" + text(random), text(random));
    }
    return new RequestConfig(random.nextBoolean() ? null : 1000 + random.nextInt(29001), headers);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String instant(Random random) {
    return Instant.ofEpochMilli(1_600_000_000_000L + (random.nextLong() >>> 24)).toString();
  }

  /** Text with quotes, escapes, non-ASCII and astral characters. */
  private static String text(Random random) {
    String alphabet = "ab Z9_\"\\/\n\té€";
    StringBuilder text = new StringBuilder();
    for (int n = 1 + random.nextInt(12); n > 0; n--) {
      if (random.nextInt(10) == 0) {
        text.appendCodePoint(0x1F600 + random.nextInt(50));
      } else {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return text.toString();
  }
}
