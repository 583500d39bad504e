package io.github.fbhooks.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

  private static final Secret OLD = Secret.of("whsec_oldoldoldoldoldoldoldoldoldold0001");
  private static final Secret NEW = Secret.of("whsec_newnewnewnewnewnewnewnewnewnew0002");
  private static final long NOW = 1_767_225_600L;
  private static final byte[] BODY =
      "{\"id\":\"notif_1\",\"title\":\"Grüße\"}\n".getBytes(StandardCharsets.UTF_8);

  private static WebhookVerifier verifier(Secret... secrets) {
    return WebhookVerifier.of(List.of(secrets)).withClock(at(NOW));
  }

  private static Clock at(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private static String sign(Secret secret, long timestamp) {
    return WebhookSignatures.sign(secret, timestamp, BODY);
  }

  @Test
  void acceptsAFreshSignature() {
    VerificationResult result = verifier(NEW).verify(Long.toString(NOW), sign(NEW, NOW), BODY);

    assertThat(result.isVerified()).isTrue();
    assertThat(result.matchedSecretIndex()).isZero();
    assertThat(result.requireVerified()).isSameAs(result);
    assertThat(result.toString())
        .isEqualTo("VerificationResult[VERIFIED: signature verified with secret #1]");
  }

  @ParameterizedTest(name = "timestamp {0} s from now: {1}")
  @CsvSource({
    "-300, VERIFIED",
    "300, VERIFIED",
    "-301, TIMESTAMP_TOO_OLD",
    "301, TIMESTAMP_TOO_NEW",
    "0, VERIFIED"
  })
  void toleranceIsThreeHundredSecondsBothWays(long offset, VerificationStatus expected) {
    long timestamp = NOW + offset;

    VerificationResult result =
        verifier(NEW).verify(Long.toString(timestamp), sign(NEW, timestamp), BODY);

    assertThat(result.status()).isEqualTo(expected);
  }

  @Test
  void fractionsOfTheCurrentSecondDoNotCount() {
    WebhookVerifier verifier =
        WebhookVerifier.of(NEW)
            .withClock(Clock.fixed(Instant.ofEpochSecond(NOW, 999_000_000), ZoneOffset.UTC));

    assertThat(verifier.verify(Long.toString(NOW - 300), sign(NEW, NOW - 300), BODY).isVerified())
        .isTrue();
  }

  @Test
  void toleranceCanBeChanged() {
    WebhookVerifier strict = verifier(NEW).withTolerance(Duration.ofSeconds(5));

    assertThat(strict.verify(Long.toString(NOW - 5), sign(NEW, NOW - 5), BODY).isVerified())
        .isTrue();
    assertThat(strict.verify(Long.toString(NOW - 6), sign(NEW, NOW - 6), BODY).status())
        .isEqualTo(VerificationStatus.TIMESTAMP_TOO_OLD);
    assertThat(strict.tolerance()).isEqualTo(Duration.ofSeconds(5));
    assertThat(WebhookVerifier.of(NEW).tolerance()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void acceptsTheNewAndThePreviousSecretDuringARotation() {
    WebhookVerifier rotating = verifier(NEW, OLD);
    String ts = Long.toString(NOW);

    VerificationResult withNew = rotating.verify(ts, sign(NEW, NOW), BODY);
    VerificationResult withOld = rotating.verify(ts, sign(OLD, NOW), BODY);
    VerificationResult withOther =
        rotating.verify(ts, sign(Secret.of("whsec_someoneelse"), NOW), BODY);

    assertThat(withNew.matchedSecretIndex()).isZero();
    assertThat(withOld.isVerified()).isTrue();
    assertThat(withOld.matchedSecretIndex()).isEqualTo(1);
    assertThat(withOld.message()).isEqualTo("signature verified with secret #2");
    assertThat(withOther.status()).isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
    assertThat(withOther.message()).contains("none of the 2 secrets");
    assertThat(WebhookVerifier.of(NEW, OLD).secretCount()).isEqualTo(2);
  }

  @Test
  void acceptsAnyNumberOfFurtherSecrets() {
    Secret third = Secret.of("whsec_thirdthirdthirdthird0003");
    WebhookVerifier verifier = WebhookVerifier.of(NEW, OLD, third).withClock(at(NOW));

    VerificationResult result = verifier.verify(Long.toString(NOW), sign(third, NOW), BODY);

    assertThat(verifier.secretCount()).isEqualTo(3);
    assertThat(result.isVerified()).isTrue();
    assertThat(result.matchedSecretIndex()).isEqualTo(2);
  }

  @Test
  void theOldSecretAloneRejectsWhatTheNewOneSigned() {
    assertThat(verifier(OLD).verify(Long.toString(NOW), sign(NEW, NOW), BODY).status())
        .isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
  }

  @Test
  void tamperingWithAnyPartIsRejected() {
    String ts = Long.toString(NOW);
    String signature = sign(NEW, NOW);
    WebhookVerifier verifier = verifier(NEW);

    for (int i = 0; i < BODY.length; i++) {
      byte[] body = BODY.clone();
      body[i] ^= 0x01;
      assertThat(verifier.verify(ts, signature, body).status())
          .as("body byte %d", i)
          .isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
    }
    byte[] longer =
        (new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
    assertThat(verifier.verify(ts, signature, longer).isVerified()).isFalse();
    // a timestamp changed within the tolerance: the signature covers it
    assertThat(verifier.verify(Long.toString(NOW - 1), signature, BODY).status())
        .isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
    for (int i = 0; i < signature.length(); i++) {
      char c = signature.charAt(i);
      String changed =
          signature.substring(0, i) + (c == '0' ? '1' : '0') + signature.substring(i + 1);
      assertThat(verifier.verify(ts, changed, BODY).status())
          .as("signature char %d", i)
          .isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
    }
    assertThat(verifier(Secret.of(NEW.reveal() + "x")).verify(ts, signature, BODY).status())
        .isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
    // the key is the whole string: without the whsec_ prefix it is another key
    assertThat(
            verifier(Secret.of(NEW.reveal().substring("whsec_".length())))
                .verify(ts, signature, BODY)
                .status())
        .isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
  }

  @Test
  void uppercaseHexAndSurroundingSpacesAreAccepted() {
    String signature = sign(NEW, NOW).toUpperCase(Locale.ROOT);

    assertThat(verifier(NEW).verify(" " + NOW + " ", "\t" + signature + " ", BODY).isVerified())
        .isTrue();
  }

  @Test
  void missingHeadersAreNamed() {
    WebhookVerifier verifier = verifier(NEW);

    VerificationResult noTimestamp = verifier.verify(null, sign(NEW, NOW), BODY);
    VerificationResult blankTimestamp = verifier.verify(" ", sign(NEW, NOW), BODY);
    VerificationResult noSignature = verifier.verify(Long.toString(NOW), null, BODY);
    VerificationResult emptySignature = verifier.verify(Long.toString(NOW), "", BODY);

    assertThat(noTimestamp.status()).isEqualTo(VerificationStatus.MISSING_TIMESTAMP);
    assertThat(noTimestamp.message()).contains("X-Webhook-Timestamp");
    assertThat(blankTimestamp.status()).isEqualTo(VerificationStatus.MISSING_TIMESTAMP);
    assertThat(noSignature.status()).isEqualTo(VerificationStatus.MISSING_SIGNATURE);
    assertThat(noSignature.message()).contains("X-Webhook-Signature");
    assertThat(emptySignature.status()).isEqualTo(VerificationStatus.MISSING_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-1767225600",
        "+1767225600",
        "1767225600.5",
        "1767225600s",
        "2026-01-01T00:00:00Z",
        "0x69557f00",
        "1234567890123456789",
        "١٧٦٧٢٢٥٦٠٠"
      })
  void malformedTimestampsAreRejected(String timestamp) {
    VerificationResult result = verifier(NEW).verify(timestamp, sign(NEW, NOW), BODY);

    assertThat(result.status()).isEqualTo(VerificationStatus.MALFORMED_TIMESTAMP);
    assertThat(result.message()).contains("Unix time in seconds");
  }

  @Test
  void aTimestampIsOneToEighteenDigitsAndZeroIsATime() {
    WebhookVerifier atTheEpoch = WebhookVerifier.of(NEW).withClock(at(0));

    assertThat(atTheEpoch.verify("0", sign(NEW, 0), BODY).isVerified()).isTrue();
    assertThat(atTheEpoch.verify("7", sign(NEW, 7), BODY).isVerified()).isTrue();
    assertThat(verifier(NEW).verify("100000000000000000", sign(NEW, NOW), BODY).status())
        .isEqualTo(VerificationStatus.TIMESTAMP_TOO_NEW);
  }

  @Test
  void malformedSignaturesAreRejected() {
    String good = sign(NEW, NOW);
    WebhookVerifier verifier = verifier(NEW);
    String ts = Long.toString(NOW);

    for (String bad :
        List.of(
            "sha256=" + good,
            "v1," + good,
            good.substring(1),
            good + "0",
            good.substring(0, 63) + "g",
            "ab cd",
            good.substring(0, 63) + "٣")) {
      VerificationResult result = verifier.verify(ts, bad, BODY);
      assertThat(result.status()).as(bad).isEqualTo(VerificationStatus.MALFORMED_SIGNATURE);
    }
    assertThat(verifier.verify(ts, "sha256=" + good, BODY).message())
        .contains("without a prefix such as sha256=");
    // surrounding spaces are not counted
    assertThat(verifier.verify(ts, "  sha256=" + good + " ", BODY).message())
        .endsWith("got 71 characters");
  }

  @Test
  void millisecondTimestampsGetAHint() {
    long millis = NOW * 1000;

    VerificationResult result =
        verifier(NEW).verify(Long.toString(millis), sign(NEW, millis), BODY);

    assertThat(result.status()).isEqualTo(VerificationStatus.TIMESTAMP_TOO_NEW);
    assertThat(result.message()).contains("milliseconds");
  }

  @Test
  void aTimestampInTheFutureSaysHowFarAndBlamesTheClockBelowMilliseconds() {
    long lastSecondsLike = 999_999_999_999L;
    long firstMillisLike = 1_000_000_000_000L;

    VerificationResult ahead =
        verifier(NEW).verify(Long.toString(NOW + 400), sign(NEW, NOW + 400), BODY);
    VerificationResult seconds =
        verifier(NEW).verify(Long.toString(lastSecondsLike), sign(NEW, lastSecondsLike), BODY);
    VerificationResult millis =
        verifier(NEW).verify(Long.toString(firstMillisLike), sign(NEW, firstMillisLike), BODY);

    assertThat(ahead.message()).startsWith("the timestamp is 400 s in the future");
    assertThat(seconds.message()).contains("(a clock is wrong)");
    assertThat(millis.message()).contains("looks like milliseconds");
  }

  @Test
  void tooOldIsCheckedBeforeTheSignature() {
    VerificationResult result =
        verifier(NEW).verify(Long.toString(NOW - 3600), sign(OLD, NOW - 3600), BODY);

    assertThat(result.status()).isEqualTo(VerificationStatus.TIMESTAMP_TOO_OLD);
    assertThat(result.message()).contains("3600 s in the past").contains("300 s tolerance");
  }

  @Test
  void headerMapsAreReadCaseInsensitively() {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("x-webhook-timestamp", List.of(Long.toString(NOW)));
    headers.put("X-WEBHOOK-SIGNATURE", List.of(sign(NEW, NOW)));
    headers.put("Content-Type", List.of("application/json"));

    assertThat(verifier(NEW).verify(headers, BODY).isVerified()).isTrue();
  }

  @Test
  void aHeaderSentTwiceIsMalformed() {
    Map<String, List<String>> twice = new TreeMap<>();
    twice.put("X-Webhook-Timestamp", List.of(Long.toString(NOW)));
    twice.put("X-Webhook-Signature", List.of(sign(NEW, NOW), sign(OLD, NOW)));
    Map<String, List<String>> twoCases = new HashMap<>();
    twoCases.put("X-Webhook-Timestamp", List.of(Long.toString(NOW)));
    twoCases.put("x-webhook-timestamp", List.of(Long.toString(NOW)));
    twoCases.put("X-Webhook-Signature", List.of(sign(NEW, NOW)));

    VerificationResult signatures = verifier(NEW).verify(twice, BODY);
    VerificationResult timestamps = verifier(NEW).verify(twoCases, BODY);

    assertThat(signatures.status()).isEqualTo(VerificationStatus.MALFORMED_SIGNATURE);
    assertThat(signatures.message())
        .isEqualTo("the X-Webhook-Signature header was sent 2 times; expected once");
    assertThat(timestamps.status()).isEqualTo(VerificationStatus.MALFORMED_TIMESTAMP);
    assertThat(timestamps.message())
        .isEqualTo("the X-Webhook-Timestamp header was sent 2 times; expected once");
  }

  @Test
  void missingHeadersInAMap() {
    assertThat(verifier(NEW).verify(Map.of(), BODY).status())
        .isEqualTo(VerificationStatus.MISSING_TIMESTAMP);
    assertThat(
            verifier(NEW)
                .verify(Map.of("X-Webhook-Timestamp", List.of(Long.toString(NOW))), BODY)
                .status())
        .isEqualTo(VerificationStatus.MISSING_SIGNATURE);
  }

  @Test
  void aHeaderLookupFunctionWorksLikeAServletRequest() {
    Map<String, String> servletLike = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    servletLike.put("x-webhook-timestamp", Long.toString(NOW));
    servletLike.put("x-webhook-signature", sign(NEW, NOW));

    assertThat(verifier(NEW).verify(servletLike::get, BODY).isVerified()).isTrue();
  }

  @Test
  void neitherSecretsNorExpectedSignaturesLeak() {
    WebhookVerifier verifier = verifier(NEW, OLD);
    String expected = sign(NEW, NOW);
    String ts = Long.toString(NOW);
    String wrong = sign(Secret.of("whsec_other"), NOW);
    List<VerificationResult> results =
        List.of(
            verifier.verify(ts, expected, BODY),
            verifier.verify(ts, wrong, BODY),
            verifier.verify(Long.toString(NOW - 999), wrong, BODY),
            verifier.verify("x", wrong, BODY),
            verifier.verify(ts, "sha256=" + expected, BODY));

    for (VerificationResult r : results) {
      assertThat(r.toString() + r.message())
          .doesNotContain(NEW.reveal())
          .doesNotContain(OLD.reveal())
          .doesNotContain("newnew")
          .doesNotContain(expected)
          .doesNotContain(wrong);
    }
    assertThat(verifier.toString())
        .isEqualTo("WebhookVerifier[2 secret(s), tolerance 300 s]")
        .doesNotContain("whsec_");
    assertThatThrownBy(() -> results.get(1).requireVerified())
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("NO_MATCHING_SECRET")
        .satisfies(
            e -> {
              assertThat(((WebhookSignatureException) e).status())
                  .isEqualTo(VerificationStatus.NO_MATCHING_SECRET);
              assertThat(((WebhookSignatureException) e).result()).isSameAs(results.get(1));
            })
        .message()
        .doesNotContain(expected)
        .doesNotContain(wrong);
  }

  @Test
  void refusesUnusableSecretsWithoutShowingThem() {
    assertThatThrownBy(() -> WebhookVerifier.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> WebhookVerifier.of(NEW, Secret.of("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret #2 is empty: a webhook secret is whsec_...");
    assertThatThrownBy(() -> WebhookSignatures.sign(NEW, -1, BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookVerifier.of(NEW).withTolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    WebhookVerifier verifier = verifier(NEW, OLD);
    String ts = Long.toString(NOW);
    String good = sign(OLD, NOW);
    String bad = sign(Secret.of("whsec_other"), NOW);
    Thread[] threads = new Thread[4];
    boolean[] failed = new boolean[1];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  boolean even = i % 2 == 0;
                  if (verifier.verify(ts, even ? good : bad, BODY).isVerified() != even) {
                    failed[0] = true;
                  }
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failed[0]).isFalse();
  }
}
