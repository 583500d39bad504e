package io.github.fbhooks.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Topic;
import io.github.fbhooks.webhook.WebhookId;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.File;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON Schema, the Java model and fmt's key orders describe the same fields and limits. */
class SchemaModelDriftTest {

  private final JsonNode schema = ConfigSchema.node();

  @Test
  void theJarShipsTheSchemaEditorsUse() throws Exception {
    JsonNode repository =
        JsonMappers.json().readTree(new File("../schema/webhooks-v1.schema.json"));

    assertThat(schema).isEqualTo(repository);
  }

  @Test
  void modelinesPointAtTheSchemasId() {
    assertThat(schema.path("$id").asText()).isEqualTo(ConfigLoader.SCHEMA_URL);
  }

  @Test
  void theSchemaIsAValidDraft07Schema() {
    var metaSchema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)))
            .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));

    assertThat(metaSchema.validate(schema)).isEmpty();
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
  }

  @Test
  void everyWebhookFieldOfTheSchemaIsInTheModelAndBack() {
    Set<String> schemaFields = names("/definitions/webhook/properties");
    schemaFields.remove("requestConfig");
    schemaFields.addAll(names("/definitions/requestConfig/properties"));

    assertThat(schemaFields).isEqualTo(components(DesiredWebhook.class));
  }

  @Test
  void everyWorkspaceFieldOfTheSchemaIsInTheModelAndBack() {
    assertThat(names("/definitions/workspace/properties"))
        .isEqualTo(components(WorkspaceConfig.class));
    Set<String> singleForm = names("/properties");
    singleForm.removeAll(Set.of("version", "workspaces"));
    assertThat(names("/definitions/workspace/properties")).containsAll(singleForm);
  }

  @Test
  void fmtOrdersExactlyTheFieldsOfTheSchema() {
    assertThat(new LinkedHashSet<>(CanonicalWriter.ROOT_KEYS)).isEqualTo(names("/properties"));
    assertThat(new LinkedHashSet<>(CanonicalWriter.WORKSPACE_KEYS))
        .isEqualTo(names("/definitions/workspace/properties"));
    assertThat(new LinkedHashSet<>(CanonicalWriter.WEBHOOK_KEYS))
        .isEqualTo(names("/definitions/webhook/properties"));
    assertThat(new LinkedHashSet<>(CanonicalWriter.REQUEST_CONFIG_KEYS))
        .isEqualTo(names("/definitions/requestConfig/properties"));
    assertThat(new HashSet<>(CanonicalWriter.FIELD_ORDER))
        .isEqualTo(DesiredWebhook.IGNORABLE_FIELDS);
  }

  @Test
  void enumerationsMatchTheModel() {
    assertThat(texts("/definitions/webhook/properties/ignoreChanges/items/enum"))
        .containsExactlyInAnyOrderElementsOf(DesiredWebhook.IGNORABLE_FIELDS);
    assertThat(texts("/definitions/webhook/properties/status/enum"))
        .containsExactlyElementsOf(
            Arrays.stream(WebhookStatus.values())
                .filter(WebhookStatus::isUserSettable)
                .map(WebhookStatus::wireName)
                .toList());
    assertThat(texts("/definitions/webhook/properties/topics/items/examples"))
        .containsExactlyElementsOf(Arrays.stream(Topic.values()).map(Topic::wireName).toList());
  }

  @Test
  void limitsMatchTheModel() {
    assertThat(
            Map.of(
                "name", number("/definitions/webhook/properties/name/maxLength"),
                "description", number("/definitions/webhook/properties/description/maxLength"),
                "minTimeout", number("/definitions/requestConfig/properties/timeoutMs/minimum"),
                "maxTimeout", number("/definitions/requestConfig/properties/timeoutMs/maximum"),
                "headers", number("/definitions/requestConfig/properties/headers/maxProperties"),
                "headerValue",
                    number(
                        "/definitions/requestConfig/properties/headers/additionalProperties/maxLength")))
        .isEqualTo(
            Map.of(
                "name", DesiredWebhook.MAX_NAME_LENGTH,
                "description", DesiredWebhook.MAX_DESCRIPTION_LENGTH,
                "minTimeout", RequestConfig.MIN_TIMEOUT_MS,
                "maxTimeout", RequestConfig.MAX_TIMEOUT_MS,
                "headers", RequestConfig.MAX_HEADERS,
                "headerValue", RequestConfig.MAX_HEADER_VALUE_LENGTH));
  }

  @Test
  void patternsAgreeWithTheModelsRules() {
    Pattern id = Pattern.compile(schema.at("/definitions/webhook/properties/id/pattern").asText());
    for (String candidate :
        List.of(
            "507f1f77bcf86cd799439011",
            "507F1F77BCF86CD799439011",
            "507f1f77",
            "",
            "507f1f77bcf86cd79943901g")) {
      assertThat(id.matcher(candidate).find())
          .as(candidate)
          .isEqualTo(WebhookId.isValid(candidate));
    }
    Pattern version =
        Pattern.compile(schema.at("/definitions/workspace/properties/apiVersion/pattern").asText());
    for (ApiVersion known : List.of(ApiVersion.CLOVER, ApiVersion.NOVA, ApiVersion.ORBIT)) {
      assertThat(version.matcher(known.value()).find()).as(known.value()).isTrue();
    }
    assertThat(version.matcher("nova").find()).isFalse();
  }

  @Test
  void requiredFieldsAreTheModelsMandatoryOnes() {
    assertThat(texts("/definitions/webhook/required"))
        .containsExactlyInAnyOrder("name", "url", "topics");
    assertThat(texts("/definitions/workspace/required"))
        .containsExactlyInAnyOrder("serverId", "webhooks");
    assertThat(texts("/required")).containsExactly("version");
  }

  private Set<String> names(String pointer) {
    Set<String> names = new LinkedHashSet<>();
    schema.at(pointer).properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private List<String> texts(String pointer) {
    return java.util.stream.StreamSupport.stream(schema.at(pointer).spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }

  private int number(String pointer) {
    return schema.at(pointer).asInt();
  }

  private static Set<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .filter(name -> !name.equals("location") && !name.endsWith("Location"))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
