package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedLoaderTest {

  private static final String SECRET = "whsec_0123456789abcdefghijklmnopqrstuv";
  private static final String OK = "{'name':'ok','url':'https://e.com','topics':['post.created']}";

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

  private Path seed(String singleQuotedJson) throws Exception {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, Json.of(singleQuotedJson.replace("%", "%%")));
    return file;
  }

  private List<Webhook> load(Path file) {
    return SeedLoader.load(file, clock, new RandomIds(clock), 10);
  }

  @Test
  void aFullEntryKeepsEveryGivenValue() throws Exception {
    Path file =
        seed(
            "{'webhooks':[{'id':'cccccccccccccccccccccccc','name':'full','url':'https://e.com/x',"
                + "'topics':['ticket.created'],'secret':'"
                + SECRET
                + "','description':'d','status':'suspended','requestConfig':{'timeoutMs':2000,"
                + "'headers':{'A':'b'}},'lastStatus':{'code':500,'message':'boom',"
                + "'timestamp':'2026-02-02T00:00:00Z'},'createdAt':'2026-01-05T00:00:00Z'}]}");

    Webhook w = load(file).get(0);

    assertThat(w.id()).isEqualTo("cccccccccccccccccccccccc");
    assertThat(w.secret().reveal()).isEqualTo(SECRET);
    assertThat(w.status()).isEqualTo(WebhookStatus.SUSPENDED);
    assertThat(w.description()).isEqualTo("d");
    assertThat(w.requestConfig().timeoutMs()).isEqualTo(2000);
    assertThat(w.requestConfig().headers()).containsEntry("A", "b");
    assertThat(w.lastStatus().code()).isEqualTo(500);
    assertThat(w.createdAt()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(w.updatedAt()).isEqualTo(w.createdAt());
    assertThat(w.version()).isEqualTo("1.0");
  }

  @Test
  void aBareArrayWithMinimalEntriesGetsGeneratedIdsAndSecrets() throws Exception {
    List<Webhook> webhooks = load(seed("[" + OK + "," + OK + "]"));

    assertThat(webhooks).hasSize(2);
    assertThat(webhooks.get(0).id()).matches("[0-9a-f]{24}").isNotEqualTo(webhooks.get(1).id());
    assertThat(webhooks.get(0).secret().reveal()).startsWith("whsec_").hasSizeGreaterThan(38);
    assertThat(webhooks.get(0).status()).isEqualTo(WebhookStatus.ACTIVE);
    assertThat(webhooks.get(0).health().consecutiveFailures()).isZero();
    assertThat(webhooks.get(0).requestConfig().timeoutMs()).isEqualTo(5000);
  }

  @Test
  void aSavedGetAnswerIsAValidEntry() throws Exception {
    String saved =
        "{'object':'webhook','id':'dddddddddddddddddddddddd','name':'saved','url':'https://e.com',"
            + "'secret':'"
            + SECRET
            + "','description':null,'topics':['post.created'],'status':'paused',"
            + "'requestConfig':null,'lastStatus':null,'health':{'avgResponseTime':0,"
            + "'lastResponseTime':0,'consecutiveFailures':0,'errorsSinceLastSuccess':0,"
            + "'lastSuccessAt':null},'version':'1.0','createdAt':'2026-01-01T00:00:00.000Z',"
            + "'updatedAt':'2026-01-02T00:00:00.000Z'}";

    Webhook w = load(seed("[" + saved + "]")).get(0);

    assertThat(w.status()).isEqualTo(WebhookStatus.PAUSED);
    assertThat(w.updatedAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    // an answer saved before requestConfig was always present still loads, with the default
    assertThat(w.requestConfig().timeoutMs()).isEqualTo(5000);
  }

  @Test
  void anUnknownTopicNamesTheFileTheEntryAndTheTopic() throws Exception {
    Path file =
        seed(
            "{'webhooks':["
                + OK
                + ",{'name':'b','url':'https://e.com','topics':['post.upvoted']}]}");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": webhooks[1].topics[0]: unknown topic \"post.upvoted\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "[{'name':'x','url':'http://e.com','topics':['post.created']}] | webhooks[0].url: url must use https",
        "[{'url':'https://e.com','topics':['post.created']}]           | webhooks[0].name: name is required",
        "[{'name':'x','url':'https://e.com','topics':['post.created'],'colour':1}] | webhooks[0].colour: unknown field \"colour\"",
        "[{'name':'x','url':'https://e.com','topics':['post.created'],'id':'XYZ'}] | webhooks[0].id: id must be 24 lowercase hex characters",
        "[{'name':'x','url':'https://e.com','topics':['post.created'],'status':'on'}] | webhooks[0].status: status must be active, paused or suspended",
        "[{'name':'x','url':'https://e.com','topics':['post.created'],'health':{'bogus':1}}] | webhooks[0].health: health is not valid",
        "[{'name':'x','url':'https://e.com','topics':['post.created'],'createdAt':'yesterday'}] | webhooks[0].createdAt: createdAt must be an ISO-8601 instant",
        "[1]                                                            | webhooks[0]: must be a JSON object",
        "{'hooks':[]}                                                   | unknown field \"hooks\"",
        "{'webhooks':{}}                                                | expected {\"webhooks\":[...]} or a JSON array",
        "[{'name':'x'                                                  |",
      })
  void badSeedsNameTheFileAndTheProblem(String json, String expected) throws Exception {
    Path file = seed(json.strip());

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .startsWith(file + ": " + (expected == null ? "not valid JSON" : expected.strip()));
  }

  @Test
  void duplicateIdsAreRefused() throws Exception {
    String entry =
        "{'id':'eeeeeeeeeeeeeeeeeeeeeeee','name':'x','url':'https://e.com','topics':['post.created']}";

    assertThatThrownBy(() -> load(seed("[" + entry + "," + entry + "]")))
        .hasMessageContaining("webhooks[1].id: duplicate id eeeeeeeeeeeeeeeeeeeeeeee");
  }

  @Test
  void moreWebhooksThanTheLimitAreRefused() throws Exception {
    String eleven = String.join(",", Collections.nCopies(11, OK));
    Path file = seed("[" + eleven + "]");

    assertThatThrownBy(() -> load(file))
        .hasMessage(
            file
                + ": webhooks: at most 10 webhooks per workspace, found 11; start the emulator"
                + " with --max-webhooks 11 to seed them all");
    assertThat(SeedLoader.load(file, clock, new RandomIds(clock), 11)).hasSize(11);
  }

  @Test
  void aBadSecretIsReportedWithoutShowingIt() throws Exception {
    Path file =
        seed(
            "[{'name':'x','url':'https://e.com','topics':['post.created'],'secret':'hunter2-secret'}]");

    assertThatThrownBy(() -> load(file))
        .hasMessageContaining("webhooks[0].secret")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.json");

    assertThatThrownBy(() -> load(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(missing + ": seed file not found");
  }

  @Test
  void startRefusesABadSeedWithTheSameMessage() throws Exception {
    Path file = seed("[{'name':'x','url':'https://e.com','topics':[]}]");

    assertThatThrownBy(() -> Emulator.start(EmulatorOptions.builder().seedFile(file).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": webhooks[0].topics: topics must contain at least one topic");
  }
}
