package io.github.fbhooks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.config.SourceLocation;
import io.github.fbhooks.importing.Importer;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Health;
import io.github.fbhooks.webhook.LastStatus;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.File;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The "add a field" path of ARCHITECTURE.md, held: every component of the wire webhook ({@link
 * Webhook}, with {@link RequestConfig}'s flattened) is server-owned, or the config model, the
 * schema, the diff, the create and update bodies and the importer all know it. A field added to the
 * wire record alone fails here, naming the place that lacks it.
 *
 * <p>{@link #LIVE} and {@link #DESIRED} set every field, to values that differ; the record
 * constructors make this test fail to compile until a new field is given a value in both.
 */
class WireFieldsTest {

  /** Set only by Featurebase, never declared, diffed or sent (reference §3). */
  private static final Set<String> SERVER_OWNED =
      Set.of("id", "secret", "lastStatus", "health", "version", "createdAt", "updatedAt");

  /** User-owned fields a create body lacks: a paused webhook is created, then PATCHed. */
  private static final Set<String> NOT_ON_CREATE = Set.of("status");

  private static final Webhook LIVE =
      new Webhook(
          "aaaaaaaaaaaaaaaaaaaaaaaa",
          "Live name",
          "https://live.example.com/hook",
          Secret.of("whsec_live"),
          "Live description",
          List.of("post.created"),
          WebhookStatus.ACTIVE,
          new RequestConfig(5000, Map.of("X-Live", "1")),
          new LastStatus(200, "OK", Instant.EPOCH),
          new Health(1L, 1L, 0, 0, Instant.EPOCH),
          "1.0",
          Instant.EPOCH,
          Instant.EPOCH);

  private static final DesiredWebhook DESIRED =
      new DesiredWebhook(
          "Desired name",
          Optional.of("aaaaaaaaaaaaaaaaaaaaaaaa"),
          "https://desired.example.com/hook",
          Optional.of("Desired description"),
          List.of("post.voted"),
          WebhookStatus.PAUSED,
          Optional.of(8000),
          Map.of("X-Desired", new HeaderValue("2", false)),
          false,
          Set.of(),
          new SourceLocation(Path.of("webhooks.yaml"), 1, 1));

  @Test
  void theConfigModelDeclaresEveryUserOwnedField() {
    Set<String> model =
        Arrays.stream(DesiredWebhook.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());

    assertThat(model).as("components of config/DesiredWebhook").containsAll(userFields());
    assertThat(DesiredWebhook.IGNORABLE_FIELDS)
        .as("DesiredWebhook.IGNORABLE_FIELDS")
        .containsExactlyInAnyOrderElementsOf(userFields());
  }

  @Test
  void theSchemaHasEveryUserOwnedField() throws Exception {
    JsonNode schema = JsonMappers.json().readTree(new File("../schema/webhooks-v1.schema.json"));
    Set<String> properties = new LinkedHashSet<>();
    schema.at("/definitions/webhook/properties").fieldNames().forEachRemaining(properties::add);
    schema
        .at("/definitions/requestConfig/properties")
        .fieldNames()
        .forEachRemaining(properties::add);

    assertThat(properties).as("schema/webhooks-v1.schema.json").containsAll(userFields());
  }

  @Test
  void theDiffComparesEveryUserOwnedField() {
    assertThat(names(WebhookDiff.changes(DESIRED, LIVE).stream().map(FieldChange::field)))
        .as("fields WebhookDiff.changes compares")
        .containsAll(userFields());
    assertThat(names(WebhookDiff.liveDigests(LIVE).keySet().stream()))
        .as("fields WebhookDiff.liveDigests covers")
        .containsAll(userFields());
    assertThat(names(WebhookDiff.creation(DESIRED).stream().map(FieldChange::field)))
        .as("fields WebhookDiff.creation shows")
        .containsAll(without(userFields(), Set.of("name")));
  }

  @Test
  void createAndUpdateSendEveryUserOwnedField() {
    Change update =
        new Change(
            Action.UPDATE,
            DESIRED.name(),
            Optional.of(LIVE.id()),
            WebhookDiff.changes(DESIRED, LIVE),
            false,
            Map.of(),
            Optional.of(DESIRED),
            Optional.of(LIVE));

    assertThat(sent(WebhookDiff.createBody(DESIRED)))
        .as("fields the create body (WebhookDiff.createBody, webhook/WebhookCreate) sends")
        .containsAll(without(userFields(), NOT_ON_CREATE));
    assertThat(sent(WebhookDiff.updateBody(update, DESIRED, LIVE)))
        .as("fields the update body (WebhookDiff.updateBody, webhook/WebhookUpdate) sends")
        .containsAll(userFields());
  }

  @Test
  void importWritesEveryUserOwnedField() throws Exception {
    String yaml =
        new Importer("https://example.org/schema.json")
            // paused: an active status is the default, which the importer leaves out
            .importWorkspace(
                List.of(LIVE.toBuilder().status(WebhookStatus.PAUSED).build()),
                "test",
                Instant.EPOCH,
                Path.of("webhooks.yaml"))
            .yaml();

    JsonNode webhook = JsonMappers.yaml().readTree(yaml).path("webhooks").path(0);

    assertThat(keys(webhook)).as("fields importing/Importer writes").containsAll(userFields());
  }

  /** The wire webhook's user-owned fields, {@code requestConfig}'s by their own names. */
  private static Set<String> userFields() {
    Set<String> fields = new LinkedHashSet<>();
    for (RecordComponent component : Webhook.class.getRecordComponents()) {
      if (SERVER_OWNED.contains(component.getName())) {
        continue;
      }
      if (component.getType() == RequestConfig.class) {
        Arrays.stream(RequestConfig.class.getRecordComponents())
            .map(RecordComponent::getName)
            .forEach(fields::add);
      } else {
        fields.add(component.getName());
      }
    }
    return fields;
  }

  /** Field names as the diff writes them, e.g. {@code requestConfig.headers.X-A} as headers. */
  private static Set<String> names(java.util.stream.Stream<String> fields) {
    return fields
        .map(f -> f.startsWith("requestConfig.") ? f.split("\\.")[1] : f)
        .collect(Collectors.toSet());
  }

  /** The top-level keys of a body as the wire mapper writes it, and those of its requestConfig. */
  private static Set<String> sent(Object body) {
    return keys(JsonMappers.wire().valueToTree(body));
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    object.path("requestConfig").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Set<String> without(Set<String> fields, Set<String> left) {
    Set<String> rest = new LinkedHashSet<>(fields);
    rest.removeAll(left);
    return rest;
  }
}
