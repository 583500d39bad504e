package io.github.fbhooks.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import java.io.StringReader;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SecretFormatTest {

  private static final String ID = "507f1f77bcf86cd799439011";

  private static final SecretDocument DOCUMENT =
      new SecretDocument(
          "507f1f77bcf86cd799439011",
          "Production Webhook",
          Secret.of("whsec_abc123XYZ"),
          Instant.parse("2026-11-27T10:15:30Z"));

  private static final SecretDocument OVERLAP =
      new SecretDocument(
          ID,
          "Production Webhook",
          Secret.of("whsec_new1"),
          Instant.EPOCH,
          java.util.Optional.of(Secret.of("whsec_old1")));

  @Test
  void duringAnOverlapRotationEveryFormatCarriesThePreviousSecretToo() throws Exception {
    assertThat(SecretFormat.RAW.render(OVERLAP, "p")).isEqualTo("whsec_new1\nwhsec_old1\n");
    assertThat(SecretFormat.DOTENV.render(OVERLAP, "p"))
        .isEqualTo(
            "FEATUREBASE_WEBHOOK_ID="
                + ID
                + "\nFEATUREBASE_WEBHOOK_SECRET=whsec_new1\n"
                + "FEATUREBASE_WEBHOOK_PREVIOUS_SECRET=whsec_old1\n");
    Properties properties = new Properties();
    properties.load(
        new StringReader(SecretFormat.PROPERTIES.render(OVERLAP, "featurebase.webhook.secret")));
    assertThat(properties.getProperty("featurebase.webhook.secret")).isEqualTo("whsec_new1");
    assertThat(properties.getProperty("featurebase.webhook.previousSecret"))
        .isEqualTo("whsec_old1");
    var json = JsonMappers.json().readTree(SecretFormat.JSON.render(OVERLAP, "p"));
    assertThat(json.get("secret").asText()).isEqualTo("whsec_new1");
    assertThat(json.get("previousSecret").asText()).isEqualTo("whsec_old1");
    assertThat(SecretFormat.JSON.render(DOCUMENT, "p")).doesNotContain("previousSecret");
  }

  @Test
  void thePreviousSecretsKeyFollowsTheSecretsKey() {
    assertThat(SecretFormat.previousKey("featurebase.webhook.secret"))
        .isEqualTo("featurebase.webhook.previousSecret");
    assertThat(SecretFormat.previousKey("orders.webhookSecret"))
        .isEqualTo("orders.webhookPreviousSecret");
    assertThat(SecretFormat.previousKey("orders.token")).isEqualTo("orders.token.previous");
  }

  @Test
  void aMalformedPreviousSecretIsRefusedLikeAMalformedSecret() {
    assertThatThrownBy(
            () ->
                new SecretDocument(
                    ID,
                    "n",
                    Secret.of("whsec_new1"),
                    Instant.EPOCH,
                    java.util.Optional.of(Secret.of("whsec_x\nLD_PRELOAD=/tmp/x"))))
        .isInstanceOf(SecretOutputException.class);
  }

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
    SecretDocument odd = new SecretDocument(ID, "n", Secret.of("whsec_a$b'c"), Instant.EPOCH);

    assertThat(SecretFormat.DOTENV.render(odd, "p"))
        .contains("FEATUREBASE_WEBHOOK_SECRET='whsec_a$b'\\''c'\n");
  }

  @Test
  void propertiesRoundTripThroughJavaProperties() throws Exception {
    SecretDocument odd = new SecretDocument(ID, "n", Secret.of("whsec_back\\slash"), Instant.EPOCH);
    Properties properties = new Properties();
    properties.load(new StringReader(SecretFormat.PROPERTIES.render(odd, "my.secret")));

    assertThat(properties.getProperty("my.secret")).isEqualTo("whsec_back\\slash");
    assertThat(properties.getProperty("featurebase.webhook.id")).isEqualTo(ID);
  }

  @Test
  void jsonHasAllFields() throws Exception {
    var node = JsonMappers.json().readTree(SecretFormat.JSON.render(DOCUMENT, "p"));

    assertThat(node.get("webhookId").asText()).isEqualTo("507f1f77bcf86cd799439011");
    assertThat(node.get("webhookName").asText()).isEqualTo("Production Webhook");
    assertThat(node.get("secret").asText()).isEqualTo("whsec_abc123XYZ");
    assertThat(node.get("obtainedAt").asText()).isEqualTo("2026-11-27T10:15:30Z");
  }

  @Test
  void aLineBreakInAnIdOrSecretNeverReachesAnOutput() {
    assertThatThrownBy(
            () ->
                new SecretDocument(
                    ID + "\nLD_PRELOAD=/tmp/x.so", "n", Secret.of("whsec_ok"), Instant.EPOCH))
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining("not 24 lowercase hex characters")
        .hasMessageNotContaining("LD_PRELOAD");
    assertThatThrownBy(
            () -> new SecretDocument(ID, "n", Secret.of("whsec_ok\nPATH=/tmp"), Instant.EPOCH))
        .isInstanceOf(SecretOutputException.class)
        .hasMessageContaining("not a well-formed whsec_ secret")
        .hasMessageNotContaining("PATH=");
  }

  @Test
  void aNameIsEscapedInJson() throws Exception {
    SecretDocument odd =
        new SecretDocument(ID, "x\"\n\"evil\": 1", Secret.of("whsec_ok"), Instant.EPOCH);

    var node = JsonMappers.json().readTree(SecretFormat.JSON.render(odd, "p"));

    assertThat(node.get("webhookName").asText()).isEqualTo("x\"\n\"evil\": 1");
    assertThat(node.has("evil")).isFalse();
  }

  @Test
  void parsesNamesIgnoringCase() {
    assertThat(SecretFormat.parse("DotEnv")).contains(SecretFormat.DOTENV);
    assertThat(SecretFormat.parse(" json ")).contains(SecretFormat.JSON);
    assertThat(SecretFormat.parse("yaml")).isEmpty();
  }
}
