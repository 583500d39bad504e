package io.github.fbhooks.signature;

import io.github.fbhooks.secret.Secret;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a delivery comes from Featurebase: a fresh {@code X-Webhook-Timestamp} and an {@code
 * X-Webhook-Signature} made with one of the accepted secrets. Works with any HTTP framework: pass
 * the headers (a map or a lookup function) and the raw body bytes.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(newSecret, previousSecret);
 * VerificationResult result = verifier.verify(exchange.getRequestHeaders(), body);
 * if (!result.isVerified()) {
 *   // answer 401 and do not process; result.message() says why, without secrets
 * }
 * }</pre>
 *
 * <p>Several secrets let a receiver accept the new and the previous secret while a rotation rolls
 * out (Featurebase retries a failed delivery for about 7 hours). Instances are immutable and
 * thread-safe; build one per set of secrets and reuse it. Each thread keeps its own initialised
 * HMAC instances and buffers, so verifying allocates almost nothing. Signatures are compared in
 * constant time. Neither the verifier nor its results ever expose a secret or an expected
 * signature.
 */
public final class WebhookVerifier {

  /** Timestamps longer than this are refused before parsing (Unix seconds have 10 digits). */
  private static final int MAX_TIMESTAMP_DIGITS = 18;

  /**
   * Timestamps from this value on are milliseconds rather than seconds (10^12 s is 31,000 years).
   */
  private static final long MILLISECONDS_FROM = 1_000_000_000_000L;

  private static final int SIGNATURE_HEX_LENGTH = HmacKeys.MAC_LENGTH * 2;

  private final List<SecretKeySpec> keys;
  private final long toleranceSeconds;
  private final Clock clock;
  private final VerificationResult[] verified;
  private final ThreadLocal<Scratch> scratch;

  /** Per-thread state: one initialised MAC per secret and the buffers of one verification. */
  private static final class Scratch {
    final Mac[] macs;
    final byte[] timestamp = new byte[MAX_TIMESTAMP_DIGITS];
    final byte[] expected = new byte[HmacKeys.MAC_LENGTH];
    final byte[] provided = new byte[HmacKeys.MAC_LENGTH];

    Scratch(List<SecretKeySpec> keys) {
      macs = new Mac[keys.size()];
      for (int i = 0; i < macs.length; i++) {
        macs[i] = HmacKeys.newMac(keys.get(i));
      }
    }
  }

  private WebhookVerifier(List<SecretKeySpec> keys, long toleranceSeconds, Clock clock) {
    this.keys = keys;
    this.toleranceSeconds = toleranceSeconds;
    this.clock = clock;
    this.verified = new VerificationResult[keys.size()];
    for (int i = 0; i < verified.length; i++) {
      verified[i] = VerificationResult.verified(i);
    }
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(keys));
  }

  /**
   * A verifier accepting any of the given secrets, tried in order, with the default tolerance of
   * 300 s and the system clock.
   *
   * @param first the secret to try first, usually the newest
   * @param more further accepted secrets, e.g. the previous one during a rotation window
   * @return the verifier
   * @throws IllegalArgumentException when a secret is empty
   */
  public static WebhookVerifier of(Secret first, Secret... more) {
    List<Secret> all = new ArrayList<>(1 + more.length);
    all.add(first);
    all.addAll(Arrays.asList(more));
    return of(all);
  }

  /**
   * A verifier accepting any of the given secrets, tried in order, with the default tolerance of
   * 300 s and the system clock.
   *
   * @param secrets at least one secret, usually the newest first
   * @return the verifier
   * @throws IllegalArgumentException when the list is empty or a secret is empty
   */
  public static WebhookVerifier of(List<Secret> secrets) {
    Objects.requireNonNull(secrets, "secrets");
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one webhook secret is needed");
    }
    List<SecretKeySpec> keys = new ArrayList<>(secrets.size());
    for (int i = 0; i < secrets.size(); i++) {
      keys.add(HmacKeys.keyOf(secrets.get(i), "secret #" + (i + 1)));
    }
    return new WebhookVerifier(
        List.copyOf(keys), WebhookSignatures.DEFAULT_TOLERANCE.toSeconds(), Clock.systemUTC());
  }

  /**
   * Copies this verifier with another tolerance.
   *
   * @param tolerance how far a timestamp may be from the clock, in either direction; whole seconds
   * @return the copy
   */
  public WebhookVerifier withTolerance(Duration tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative, got " + tolerance);
    }
    return new WebhookVerifier(keys, tolerance.toSeconds(), clock);
  }

  /**
   * Copies this verifier with another clock, e.g. a fixed one in tests.
   *
   * @param newClock the clock that says what time it is now
   * @return the copy
   */
  public WebhookVerifier withClock(Clock newClock) {
    return new WebhookVerifier(keys, toleranceSeconds, Objects.requireNonNull(newClock, "clock"));
  }

  /** {@return how many secrets are accepted} */
  public int secretCount() {
    return keys.size();
  }

  /** {@return how far a timestamp may be from the clock, in either direction} */
  public Duration tolerance() {
    return Duration.ofSeconds(toleranceSeconds);
  }

  /**
   * Verifies a delivery from its headers, with names matched case-insensitively (as the JDK {@code
   * HttpServer}'s {@code Headers}, Spring's {@code HttpHeaders} or a plain map hold them).
   *
   * @param headers header values by name; a header sent twice is malformed
   * @param rawBody the exact bytes received
   * @return verified, or the reason for the rejection
   */
  public VerificationResult verify(Map<String, ? extends List<String>> headers, byte[] rawBody) {
    Objects.requireNonNull(headers, "headers");
    String timestamp = null;
    String signature = null;
    int timestamps = 0;
    int signatures = 0;
    for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
      String name = e.getKey();
      List<String> values = e.getValue();
      if (name == null || values == null || values.isEmpty()) {
        continue;
      }
      if (name.equalsIgnoreCase(WebhookSignatures.TIMESTAMP_HEADER)) {
        timestamps += values.size();
        timestamp = values.get(0);
      } else if (name.equalsIgnoreCase(WebhookSignatures.SIGNATURE_HEADER)) {
        signatures += values.size();
        signature = values.get(0);
      }
    }
    if (timestamps > 1) {
      return sentTwice(VerificationStatus.MALFORMED_TIMESTAMP, timestamps);
    }
    if (signatures > 1) {
      return sentTwice(VerificationStatus.MALFORMED_SIGNATURE, signatures);
    }
    return verify(timestamp, signature, rawBody);
  }

  /**
   * Verifies a delivery, reading the two headers through a lookup function such as a servlet
   * request's {@code getHeader}, which must match names case-insensitively.
   *
   * @param header returns the value of a header, or null when it is absent
   * @param rawBody the exact bytes received
   * @return verified, or the reason for the rejection
   */
  public VerificationResult verify(Function<String, String> header, byte[] rawBody) {
    Objects.requireNonNull(header, "header");
    return verify(
        header.apply(WebhookSignatures.TIMESTAMP_HEADER),
        header.apply(WebhookSignatures.SIGNATURE_HEADER),
        rawBody);
  }

  /**
   * Verifies a delivery from the two header values. Checks, in order: both headers present, the
   * timestamp is Unix seconds, the signature is 64 hex characters, the timestamp is within the
   * tolerance of the clock, and one secret produced the signature.
   *
   * @param timestampHeader the value of {@code X-Webhook-Timestamp}, or null when absent
   * @param signatureHeader the value of {@code X-Webhook-Signature}, or null when absent
   * @param rawBody the exact bytes received, never re-serialised JSON
   * @return verified, or the reason for the rejection
   */
  public VerificationResult verify(String timestampHeader, String signatureHeader, byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (timestampHeader == null || timestampHeader.isBlank()) {
      return VerificationResult.rejected(
          VerificationStatus.MISSING_TIMESTAMP,
          "the " + WebhookSignatures.TIMESTAMP_HEADER + " header is missing");
    }
    if (signatureHeader == null || signatureHeader.isBlank()) {
      return VerificationResult.rejected(
          VerificationStatus.MISSING_SIGNATURE,
          "the " + WebhookSignatures.SIGNATURE_HEADER + " header is missing");
    }
    Scratch s = scratch.get();
    int tsStart = firstNonSpace(timestampHeader);
    int tsEnd = lastNonSpace(timestampHeader) + 1;
    int tsLength = tsEnd - tsStart;
    long timestamp = parseSeconds(timestampHeader, tsStart, tsEnd, s.timestamp);
    if (timestamp < 0) {
      return VerificationResult.rejected(
          VerificationStatus.MALFORMED_TIMESTAMP,
          "the "
              + WebhookSignatures.TIMESTAMP_HEADER
              + " header is not Unix time in seconds (1 to "
              + MAX_TIMESTAMP_DIGITS
              + " digits), got "
              + tsLength
              + " characters");
    }
    int sigStart = firstNonSpace(signatureHeader);
    int sigEnd = lastNonSpace(signatureHeader) + 1;
    if (!decodeHex(signatureHeader, sigStart, sigEnd, s.provided)) {
      return VerificationResult.rejected(
          VerificationStatus.MALFORMED_SIGNATURE,
          "the "
              + WebhookSignatures.SIGNATURE_HEADER
              + " header is not "
              + SIGNATURE_HEX_LENGTH
              + " hex characters without a prefix such as sha256=, got "
              + (sigEnd - sigStart)
              + " characters");
    }
    long now = clock.instant().getEpochSecond();
    long age = now - timestamp;
    if (age > toleranceSeconds) {
      return VerificationResult.rejected(
          VerificationStatus.TIMESTAMP_TOO_OLD,
          "the timestamp is "
              + age
              + " s in the past, more than the "
              + toleranceSeconds
              + " s tolerance (a replay, or a clock that is behind)");
    }
    if (-age > toleranceSeconds) {
      return VerificationResult.rejected(
          VerificationStatus.TIMESTAMP_TOO_NEW,
          "the timestamp is "
              + (-age)
              + " s in the future, more than the "
              + toleranceSeconds
              + " s tolerance"
              + (timestamp >= MILLISECONDS_FROM
                  ? " (it looks like milliseconds; the header is in seconds)"
                  : " (a clock is wrong)"));
    }
    for (int i = 0; i < s.macs.length; i++) {
      Mac mac = s.macs[i];
      mac.update(s.timestamp, 0, tsLength);
      mac.update((byte) '.');
      mac.update(rawBody);
      try {
        mac.doFinal(s.expected, 0);
      } catch (ShortBufferException e) {
        throw new IllegalStateException("HMAC-SHA256 output is not 32 bytes", e);
      }
      if (MessageDigest.isEqual(s.expected, s.provided)) {
        return verified[i];
      }
    }
    return VerificationResult.rejected(
        VerificationStatus.NO_MATCHING_SECRET,
        keys.size() == 1
            ? "the signature does not match the secret (a rotated secret, or a changed body)"
            : "the signature matches none of the "
                + keys.size()
                + " secrets (a rotated secret, or a changed body)");
  }

  private static VerificationResult sentTwice(VerificationStatus status, int times) {
    String header =
        status == VerificationStatus.MALFORMED_TIMESTAMP
            ? WebhookSignatures.TIMESTAMP_HEADER
            : WebhookSignatures.SIGNATURE_HEADER;
    return VerificationResult.rejected(
        status, "the " + header + " header was sent " + times + " times; expected once");
  }

  /**
   * Parses plain decimal digits into seconds, copying them as ASCII into {@code out}.
   *
   * @return the value, or -1 when the text is not 1 to 18 digits
   */
  private static long parseSeconds(String text, int start, int end, byte[] out) {
    int length = end - start;
    if (length < 1 || length > MAX_TIMESTAMP_DIGITS) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(start + i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
      out[i] = (byte) c;
    }
    return value;
  }

  /** Decodes exactly 64 hex digits (either case) into {@code out}; false when malformed. */
  private static boolean decodeHex(String text, int start, int end, byte[] out) {
    if (end - start != SIGNATURE_HEX_LENGTH) {
      return false;
    }
    for (int i = 0; i < out.length; i++) {
      int hi = hexValue(text.charAt(start + 2 * i));
      int lo = hexValue(text.charAt(start + 2 * i + 1));
      if (hi < 0 || lo < 0) {
        return false;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return true;
  }

  /** {@return the value of an ASCII hex digit, or -1} */
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static int firstNonSpace(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonSpace(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isSpace(s.charAt(i))) {
      i--;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** Names the number of secrets and the tolerance, never a secret. */
  @Override
  public String toString() {
    return "WebhookVerifier[" + keys.size() + " secret(s), tolerance " + toleranceSeconds + " s]";
  }
}
