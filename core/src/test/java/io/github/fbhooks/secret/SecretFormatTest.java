package io.github.fbhooks.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.json.JsonMappers;
import java.io.StringReader;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SecretFormatTest {

  private static final SecretDocument DOCUMENT =
      new SecretDocument(
          "507f1f77bcf86cd799439011",
          "Production Webhook",
          Secret.of("whsec_abc123XYZ"),
          Instant.parse("2026-11-27T10:15:30Z"));

  @Test
  void rawIsTheSecretAndANewline() {
    assertThat(SecretFormat.RAW.render(DOCUMENT, "p")).isEqualTo("whsec_abc123XYZ\n");
  }

  @Test
  void dotenvHasIdAndSecret() {
    assertThat(SecretFormat.DOTENV.render(DOCUMENT, "p"))
        .isEqualTo(
            "FEATUREBASE_WEBHOOK_ID=507f1f77bcf86cd799439011\n"
                + "FEATUREBASE_WEBHOOK_SECRET=whsec_abc123XYZ\n");
  }

  @Test
  void dotenvQuotesUnusualCharacters() {
    SecretDocument odd = new SecretDocument("id", "n", Secret.of("whsec_a$b'c"), Instant.EPOCH);

    assertThat(SecretFormat.DOTENV.render(odd, "p"))
        .contains("FEATUREBASE_WEBHOOK_SECRET='whsec_a$b'\\''c'\n");
  }

  @Test
  void propertiesRoundTripThroughJavaProperties() throws Exception {
    SecretDocument odd =
        new SecretDocument("id1", "n", Secret.of("whsec_back\\slash"), Instant.EPOCH);
    Properties properties = new Properties();
    properties.load(new StringReader(SecretFormat.PROPERTIES.render(odd, "my.secret")));

    assertThat(properties.getProperty("my.secret")).isEqualTo("whsec_back\\slash");
    assertThat(properties.getProperty("featurebase.webhook.id")).isEqualTo("id1");
  }

  @Test
  void jsonHasAllFields() throws Exception {
    var node = JsonMappers.json().readTree(SecretFormat.JSON.render(DOCUMENT, "p"));

    assertThat(node.get("webhookId").asText()).isEqualTo("507f1f77bcf86cd799439011");
    assertThat(node.get("webhookName").asText()).isEqualTo("Production Webhook");
    assertThat(node.get("secret").asText()).isEqualTo("whsec_abc123XYZ");
    assertThat(node.get("issuedAt").asText()).isEqualTo("2026-11-27T10:15:30Z");
  }

  @Test
  void parsesNamesIgnoringCase() {
    assertThat(SecretFormat.parse("DotEnv")).contains(SecretFormat.DOTENV);
    assertThat(SecretFormat.parse(" json ")).contains(SecretFormat.JSON);
    assertThat(SecretFormat.parse("yaml")).isEmpty();
  }
}
