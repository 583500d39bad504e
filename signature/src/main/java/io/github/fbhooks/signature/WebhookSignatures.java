package io.github.fbhooks.signature;

import io.github.fbhooks.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * Featurebase's webhook signature scheme, as plain static functions.
 *
 * <p>Featurebase sends {@code X-Webhook-Timestamp} (Unix time in seconds) and {@code
 * X-Webhook-Signature}: the lowercase hex HMAC-SHA256 of {@code <timestamp>.<raw body bytes>},
 * keyed with the whole secret string including {@code whsec_} as UTF-8. There is no prefix such as
 * {@code sha256=}. Receivers reject timestamps more than 300 s away from their clock.
 *
 * <p>To verify many deliveries, build one {@link WebhookVerifier} and keep it: it is thread-safe
 * and much faster than {@link #verify} here, which sets up its keys on every call.
 */
public final class WebhookSignatures {

  /** The header with the Unix time in seconds at which the delivery was signed. */
  public static final String TIMESTAMP_HEADER = "X-Webhook-Timestamp";

  /** The header with the hex HMAC-SHA256 signature. */
  public static final String SIGNATURE_HEADER = "X-Webhook-Signature";

  /** How far a timestamp may be from the receiver's clock, in either direction. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

  private WebhookSignatures() {}

  /**
   * Signs a delivery as Featurebase does.
   *
   * @param secret the webhook's signing secret ({@code whsec_...})
   * @param timestamp Unix time in seconds, the value of {@value #TIMESTAMP_HEADER}
   * @param rawBody the exact bytes of the request body
   * @return the value of {@value #SIGNATURE_HEADER}: 64 lowercase hex characters
   */
  public static String sign(Secret secret, long timestamp, byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must not be negative, got " + timestamp);
    }
    Mac mac = HmacKeys.newMac(HmacKeys.keyOf(secret, "secret"));
    mac.update(Long.toString(timestamp).getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) '.');
    mac.update(rawBody);
    return HexFormat.of().formatHex(mac.doFinal());
  }

  /**
   * Verifies one delivery: the same as a {@link WebhookVerifier} of these secrets, with this
   * tolerance and a clock fixed at {@code now}.
   *
   * @param timestampHeader the value of {@value #TIMESTAMP_HEADER}, or null when absent
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, or null when absent
   * @param rawBody the exact bytes received, never re-serialised JSON
   * @param now the receiver's current time
   * @param tolerance how far the timestamp may be from {@code now}, in either direction
   * @param secrets the accepted secrets, e.g. the new and the previous one during a rotation
   * @return verified, or the reason for the rejection
   */
  public static VerificationResult verify(
      String timestampHeader,
      String signatureHeader,
      byte[] rawBody,
      Instant now,
      Duration tolerance,
      List<Secret> secrets) {
    Objects.requireNonNull(now, "now");
    return WebhookVerifier.of(secrets)
        .withTolerance(tolerance)
        .withClock(Clock.fixed(now, ZoneOffset.UTC))
        .verify(timestampHeader, signatureHeader, rawBody);
  }
}
