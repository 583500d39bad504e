package io.github.fbhooks.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vectors in {@code signature/vectors.json} were computed by {@code generate-vectors.py} with
 * Python's hmac module and checked with openssl, independently of this code.
 */
class SignatureVectorsTest {

  record Vector(String name, Secret secret, long timestamp, String body, byte[] raw, String sig) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vector> vectors() throws IOException {
    JsonNode root;
    try (InputStream in =
        SignatureVectorsTest.class.getResourceAsStream("/signature/vectors.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<Vector> vectors = new ArrayList<>();
    for (JsonNode v : root.get("vectors")) {
      vectors.add(
          new Vector(
              v.get("name").asText(),
              Secret.of(v.get("secret").asText()),
              v.get("timestamp").asLong(),
              v.has("body") ? v.get("body").asText() : null,
              Base64.getDecoder().decode(v.get("bodyBase64").asText()),
              v.get("signature").asText()));
    }
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(10);
    return vectors.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signMatchesTheIndependentVector(Vector v) {
    if (v.body() != null) {
      assertThat(v.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(v.raw());
    }
    assertThat(WebhookSignatures.sign(v.secret(), v.timestamp(), v.raw())).isEqualTo(v.sig());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verifyAcceptsTheVectorAtItsOwnTime(Vector v) {
    VerificationResult result =
        WebhookSignatures.verify(
            Long.toString(v.timestamp()),
            v.sig(),
            v.raw(),
            Instant.ofEpochSecond(v.timestamp()),
            Duration.ofSeconds(300),
            List.of(v.secret()));

    assertThat(result.isVerified()).as(result.toString()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verifyRejectsTheVectorWithOneBodyByteChanged(Vector v) {
    byte[] tampered = v.raw().length == 0 ? new byte[] {' '} : v.raw().clone();
    tampered[tampered.length - 1] ^= 1;
    VerificationResult result =
        WebhookSignatures.verify(
            Long.toString(v.timestamp()),
            v.sig(),
            tampered,
            Instant.ofEpochSecond(v.timestamp()),
            Duration.ofSeconds(300),
            List.of(v.secret()));

    assertThat(result.status()).isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
  }
}
