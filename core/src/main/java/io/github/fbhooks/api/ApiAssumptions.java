package io.github.fbhooks.api;

import io.github.fbhooks.webhook.ApiVersion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The one place that holds what fbhooks assumes about the Featurebase API where the public
 * documentation is silent or contradicts itself. Each assumption can change here alone when
 * Featurebase documents it; each names the section of the team's reference ({@code
 * featurebase-api.md}) it rests on.
 *
 * <ul>
 *   <li><b>Versions</b> (reference §1): {@code 2026-08-19.orbit}, listed in newer guides, is
 *       accepted like any version of nova's date or later ({@link ApiVersion#supportsWebhooks()});
 *       fbhooks sends nova unless told otherwise.
 *   <li><b>A clover request to a webhook endpoint</b> (§1) most likely answers 404 {@value
 *       #VERSION_NOT_SUPPORTED}; fbhooks refuses clover before sending anything ({@link
 *       FeaturebaseClient#create}).
 *   <li><b>{@code requestConfig.headers} in a PATCH</b> (§2): whether Featurebase merges or
 *       replaces the map is unconfirmed; fbhooks always sends the complete desired map, which is
 *       right either way except for removing a header under merge semantics.
 *   <li><b>{@code requestConfig.timeoutMs}</b> is missing from the documented input schema (§2,
 *       §4); fbhooks sends it only when the user declares it, and no other field the schema lacks.
 *       An omitted timeout is not managed: answers always carry {@code timeoutMs}, 5000 when never
 *       set (§3), and plan compares it only when declared. A PATCH of the headers alone leaves the
 *       live timeout alone if Featurebase merges {@code requestConfig} (the emulator does), or
 *       resets it to 5000 if it replaces the object.
 *   <li><b>The webhook limit</b> (§2) is {@value #DEFAULT_MAX_WEBHOOKS} by default and a
 *       workspace's plan can raise it: more is only warned about, and a create refused with 400
 *       {@code invalid_request} is recognised by its message ({@link #isWebhookLimitReached}).
 *   <li><b>Error bodies outside the envelope</b> (§4), such as {@code
 *       {"success":false,"message":"Invalid API Key"}}: typed by status like any error, their
 *       top-level {@code message} shown, scrubbed like an envelope's ({@link
 *       FeaturebaseErrorDecoder}).
 *   <li><b>{@code X-RateLimit-Reset} form</b> (§4): epoch seconds or seconds to wait; a value
 *       larger than 10^9 is read as an epoch ({@link #rateLimitReset(BigDecimal, Instant)}).
 *   <li><b>{@code X-RateLimit-Remaining}</b> (§4) counts the requests the key has left until {@code
 *       X-RateLimit-Reset}; the client paces itself by it ({@link RateBudget}), and treats the
 *       budget as unknown when either header is missing.
 *   <li><b>A request answered 429 was not processed</b> (§4 is silent), so even a POST (create,
 *       refresh secret) is retried after a 429 ({@link #RATE_LIMITED_REQUEST_WAS_NOT_PROCESSED}).
 *   <li><b>{@code Retry-After} on 429</b> (§4) is not documented; it is honoured when present, as
 *       delta-seconds or an HTTP date, and takes precedence over {@code X-RateLimit-Reset}.
 *   <li><b>502, 503 and 504</b> (§4) are not documented; they are treated like 500: transient, and
 *       the request may have been processed.
 * </ul>
 */
final class ApiAssumptions {

  /**
   * Whether a request answered 429 was certainly not processed. Featurebase does not say; a rate
   * limiter in front of an API normally rejects before any work is done. When true, a 429 is not an
   * unknown outcome and a POST may be retried after it.
   */
  static final boolean RATE_LIMITED_REQUEST_WAS_NOT_PROCESSED = true;

  /** The error code a webhook endpoint most likely answers to a version without webhooks. */
  static final String VERSION_NOT_SUPPORTED = "version_not_supported";

  /**
   * Webhooks a workspace holds by default (reference §2: "maximum number of webhooks (default:
   * 10)"). A workspace's plan can raise it, so fbhooks never refuses more locally: the server's 400
   * is the authority.
   */
  static final int DEFAULT_MAX_WEBHOOKS = 10;

  /** Values above this are epoch seconds, smaller ones seconds to wait (about 2001-09-09). */
  private static final BigDecimal EPOCH_THRESHOLD = BigDecimal.valueOf(1_000_000_000L);

  private ApiAssumptions() {}

  /**
   * Whether a refused create means the workspace is at its webhook limit. Reference §2: one more
   * than the limit is 400 {@code invalid_request}, "Maximum number of webhooks reached for this
   * organization"; the code is shared with other refusals, so the message decides.
   *
   * @param code the error code
   * @param message the error message, scrubbed
   * @return true for the limit's refusal
   */
  static boolean isWebhookLimitReached(String code, String message) {
    return "invalid_request".equals(code)
        && message.toLowerCase(java.util.Locale.ROOT).contains("maximum number of webhooks");
  }

  /**
   * When the rate-limit window resets, from the {@code X-RateLimit-Reset} header.
   *
   * <p>UNCONFIRMED: the documentation gives both "epoch seconds" and "seconds to wait". Both are
   * accepted: a value larger than 10^9 can only be an epoch (a wait of 31 years is not meant), a
   * smaller one is a number of seconds from now. Fractions are rounded up to whole seconds.
   *
   * @param value the header value as a number, not negative
   * @param now the current time
   * @return when the window resets, never before {@code now}
   */
  static Instant rateLimitReset(BigDecimal value, Instant now) {
    long seconds = value.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
    Instant reset =
        value.compareTo(EPOCH_THRESHOLD) > 0
            ? Instant.ofEpochSecond(seconds)
            : now.plus(Duration.ofSeconds(seconds));
    return reset.isBefore(now) ? now : reset;
  }
}
