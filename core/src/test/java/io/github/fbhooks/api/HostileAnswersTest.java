package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.ID_2;
import static io.github.fbhooks.api.Fixtures.pageJson;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers a broken or hostile server could send: the client refuses them before they are used. */
class HostileAnswersTest {

  private final StubServer stub = StubServer.start();
  private final FeaturebaseClient client = Fixtures.client(stub, new RecordingSleeper());

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void anIdThatCouldInjectALineIsRefusedWithTheWholeAnswer() {
    stub.enqueue(Reply.json(200, webhookJson(ID + "\\nLD_PRELOAD=/tmp/evil.so", "a")));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.refreshSecret(ID));

    assertThat(e.problem()).contains("not a Featurebase webhook id").contains("at 'id'");
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e).hasMessageNotContaining("LD_PRELOAD");
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void oneBadIdInAPageRefusesThePage() {
    stub.enqueue(
        Reply.json(200, pageJson(null, webhookJson(ID, "a"), webhookJson("../../x", "b"))));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, client::listAll);

    assertThat(e.problem()).contains("at 'data[1].id'");
  }

  @Test
  void aDeletionOfAnotherShapeOfIdIsRefused() {
    stub.enqueue(Reply.json(200, "{\"object\":\"webhook\",\"id\":\"X-1\",\"deleted\":true}"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.delete(ID_2));

    assertThat(e.problem()).contains("not a Featurebase webhook id");
  }

  @Test
  void aHugeSuccessfulAnswerIsNotReadAndItsOutcomeIsUnknown() {
    String huge = "{\"object\":\"webhook\",\"id\":\"" + ID + "\",\"pad\":\"" + "x".repeat(5 << 20);
    stub.enqueue(Reply.json(200, huge + "\"}"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.refreshSecret(ID));

    assertThat(e.problem()).contains("a body larger than 4194304 bytes");
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(stub.requests()).as("a POST with an unknown outcome is never repeated").hasSize(1);
  }

  @Test
  void aHugeErrorAnswerIsTypedByItsStatusWithoutItsBody() {
    stub.enqueue(
        Reply.json(404, "{\"error\":{\"code\":\"" + "y".repeat(5 << 20) + "\"}}"),
        Reply.json(200, webhookJson(ID, "a")));

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.get(ID));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.code()).isEqualTo(FeaturebaseApiException.UNPARSEABLE_ERROR_BODY);
    assertThat(e.getMessage()).hasSizeLessThan(2000);
  }
}
