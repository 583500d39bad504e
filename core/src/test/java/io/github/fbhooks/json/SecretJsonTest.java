package io.github.fbhooks.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fbhooks.secret.Secret;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@link Secret} in fbhooks' JSON and YAML: redacted when written, readable, never leaked. */
class SecretJsonTest {

  private static final String VALUE = "whsec_0123456789abcdef";

  @Test
  void everyMapperWritesItRedactedAndReadsIt() throws Exception {
    assertThat(JsonMappers.json().writeValueAsString(Map.of("secret", Secret.of(VALUE))))
        .isEqualTo("{\"secret\":\"[redacted]\"}");
    assertThat(JsonMappers.yaml().writeValueAsString(Map.of("secret", Secret.of(VALUE))))
        .doesNotContain(VALUE)
        .contains("[redacted]");
    assertThat(JsonMappers.hardenedYaml().writeValueAsString(Map.of("secret", Secret.of(VALUE))))
        .doesNotContain(VALUE);
    assertThat(JsonMappers.json().readValue("\"" + VALUE + "\"", Secret.class).reveal())
        .isEqualTo(VALUE);
    assertThat(JsonMappers.yaml().readValue("'" + VALUE + "'", Secret.class).reveal())
        .isEqualTo(VALUE);
  }

  @Test
  void onlyAWriterWithTheAttributeRevealsIt() throws Exception {
    assertThat(
            JsonMappers.wire()
                .writer()
                .withAttribute(JsonMappers.REVEAL_SECRETS, true)
                .writeValueAsString(Secret.of(VALUE)))
        .isEqualTo("\"" + VALUE + "\"");
    assertThat(
            JsonMappers.wire()
                .writer()
                .withAttribute(JsonMappers.REVEAL_SECRETS, "yes")
                .writeValueAsString(Secret.of(VALUE)))
        .isEqualTo("\"[redacted]\"");
  }

  @Test
  void aMapperFbhooksDidNotConfigureNeverWritesTheValue() throws Exception {
    // Secret knows nothing of Jackson: a stranger's mapper sees only its is-methods
    assertThat(new ObjectMapper().writeValueAsString(Map.of("secret", Secret.of(VALUE))))
        .doesNotContain(VALUE)
        .doesNotContain("0123456789");
  }
}
