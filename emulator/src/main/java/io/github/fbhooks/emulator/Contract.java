package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.ApiVersion;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The numbers and rules of the Featurebase webhooks contract that the emulator applies, from {@code
 * featurebase-api.md}. Where Featurebase leaves a behaviour unconfirmed, the choice made here is
 * marked UNCONFIRMED and names the reference section it rests on (§1 transport and versions, §2
 * endpoints, §3 the webhook object, §4 errors and rate limits, §5 deliveries), so all such
 * assumptions change in one place.
 */
final class Contract {

  /**
   * Webhooks per workspace unless {@code --max-webhooks} says otherwise; one more is refused with
   * 400 invalid_request. Reference §2: "maximum number of webhooks (default: 10)", a limit a
   * workspace's plan can raise.
   */
  static final int DEFAULT_MAX_WEBHOOKS = 10;

  /** The message of the refused create past the limit, as the reference (§2) quotes it. */
  static final String MAX_WEBHOOKS_MESSAGE =
      "Maximum number of webhooks reached for this organization";

  /** Longest webhook name (§2: one schema says 255; the reference validates at 100). */
  static final int MAX_NAME_LENGTH = 100;

  /** Longest description. */
  static final int MAX_DESCRIPTION_LENGTH = 500;

  /** Page size of the list endpoint when {@code limit} is absent. */
  static final int DEFAULT_PAGE_SIZE = 10;

  /** Longest {@code cursor} of the list endpoint; a longer one is 400 invalid_cursor (§2). */
  static final int MAX_CURSOR_LENGTH = 512;

  /** Largest {@code limit} of the list endpoint. */
  static final int MAX_PAGE_SIZE = 100;

  /** The payload version new webhooks get. */
  static final String PAYLOAD_VERSION = "1.0";

  /**
   * What a create or update body field the schema lacks gets. UNCONFIRMED (reference §4): whether
   * Featurebase refuses ({@code parameter_not_supported}) or ignores such fields is not known, and
   * the official create example sends {@code requestConfig.timeoutMs}, which the input schema
   * lacks. Refusing is the default, so a client that sends an unknown field finds out offline;
   * {@code --unknown-fields ignore} tries the other answer. {@code requestConfig.timeoutMs} is
   * always accepted.
   */
  static final UnknownFields UNKNOWN_FIELDS = UnknownFields.REFUSE;

  /**
   * Whether a workspace default version gives delivered items the emulator's made-up resources.
   * Reference §5: {@code data.item} uses the workspace's default API version, not the request's
   * {@code Featurebase-Version} nor the webhook's {@code version}. The emulator knows the nova
   * shapes only: they serve nova and later (orbit is served like nova); for an older default
   * (clover) it has no shapes, so an event must bring its own item.
   *
   * @param workspaceVersion the workspace's default version
   * @return true when a default item can be made
   */
  static boolean hasItemShapes(ApiVersion workspaceVersion) {
    return workspaceVersion.supportsWebhooks();
  }

  /** The version header. */
  static final String VERSION_HEADER = "Featurebase-Version";

  /** The first version with webhook endpoints, named in version_not_supported messages. */
  static final ApiVersion FIRST_WEBHOOK_VERSION = ApiVersion.NOVA;

  /** Length of a fixed rate-limit window. */
  static final long RATE_WINDOW_MILLIS = 60_000;

  /**
   * Largest request body read; larger bodies get 413. UNCONFIRMED (§2 gives no limit): the real one
   * is unknown.
   */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** Random bytes in a generated secret: 32 bytes are 43 URL-safe base64 characters. */
  static final int SECRET_RANDOM_BYTES = 32;

  /**
   * {@code requestConfig.timeoutMs} of a webhook never given one, and so its delivery timeout.
   * Answers always carry {@code requestConfig} with {@code timeoutMs} (reference §3: the published
   * schema makes both required, 5000 when never set), and a PATCH cannot set it to null.
   */
  static final int DEFAULT_TIMEOUT_MS = 5000;

  /**
   * The answers that make a delivery attempt a success (reference §5, from the help article); any
   * other status, another 2xx such as 203, 205 or 206 included, is a failed attempt.
   */
  static final Set<Integer> DELIVERED_STATUSES = Set.of(200, 201, 202, 204);

  /** The waits before the retries of a failed delivery, each after the previous try ended. */
  static final List<Duration> RETRY_DELAYS =
      List.of(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(6));

  /** Tries of one event to one webhook: the first and its retries. */
  static final int MAX_ATTEMPTS = 1 + RETRY_DELAYS.size();

  /**
   * Failed delivery attempts in a row after which Featurebase suspends a webhook. UNCONFIRMED (§3
   * only says "repeated delivery failures"): 10 attempts is a plausible threshold (two events
   * failing all four tries, and two more tries).
   */
  static final int SUSPEND_AFTER_FAILURES = 10;

  /**
   * The workspace id in event envelopes: the emulator is one workspace. UNCONFIRMED format (§5).
   */
  static final String ORGANIZATION_ID = "65a1f0c2e4b0a1b2c3d4e000";

  /** {@code deliveryStatus} of an envelope as sent. UNCONFIRMED (§5): values are undocumented. */
  static final String DELIVERY_STATUS_AS_SENT = "pending";

  /**
   * Where conversation events point ({@code conversationUrl}), which with {@code conversationId}
   * sits at the top level of the envelope, beside {@code webhookId} (reference §5, the official
   * payload table). UNCONFIRMED format of the URL.
   */
  static final String CONVERSATION_URL_PREFIX = "https://emulator.featurebase.app/inbox/";

  /** The User-Agent of deliveries. UNCONFIRMED (§5): Featurebase's is undocumented. */
  static final String DELIVERY_USER_AGENT = "fbhooks-emulator (Featurebase webhooks)";

  /** Delivery attempts kept for {@code GET /__emulator/deliveries}. */
  static final int DELIVERY_LOG_CAPACITY = 10_000;

  /*
   * UNCONFIRMED delivery choices, all documented in docs/emulator.md:
   * - §5: one event id per event, shared by every webhook the event reaches (each body's webhookId
   *   still names the receiving webhook). Featurebase does not document whether two webhooks
   *   subscribed to one topic get one id or one each. With a shared id, a receiver behind two
   *   webhooks (an overlap rotation's twin) deduplicates on the id; if Featurebase gives each
   *   webhook its own id, such a receiver sees the event twice and must deduplicate on the
   *   event's content (topic, item id, createdAt) instead;
   * - §5: every attempt is signed afresh: a new timestamp, and the webhook's secret at that moment
   *   (after a rotation, retries of older events use the new secret: "unconfirmed but implied");
   * - §5: the three signature and content headers win over custom headers of the same name;
   * - §3: consecutiveFailures and errorsSinceLastSuccess both count failed attempts, and a success
   *   zeroes both; avgResponseTime averages every attempt's time;
   * - §5: retries of a webhook that is paused, suspended or deleted when they fall due are dropped;
   * - §5: data.item of a default (made-up) item has the nova shape, see hasItemShapes.
   *
   * UNCONFIRMED API choices, all documented in docs/emulator.md:
   * - §1: 2026-08-19.orbit, listed as available, is served exactly like nova until Featurebase
   *   documents a difference for webhooks;
   * - §1: a well-formed version the emulator does not know is judged by its date (nova or later
   *   works, served like nova);
   * - §1: a clover request to a webhook path gets 404 version_not_supported;
   * - §4: X-RateLimit-Reset is epoch seconds of the end of the current window; 429 carries
   *   Retry-After;
   * - §4: only the per-key limit is enforced (the emulator is one workspace with usually one key);
   * - §2: PATCH requestConfig merges timeoutMs and headers separately, and headers replace the
   *   whole map (merge-or-replace is unconfirmed); §3: requestConfig: null and timeoutMs: null are
   *   400 invalid_parameter, on create too (the schema allows neither);
   * - §2: PATCH status active resets consecutiveFailures and errorsSinceLastSuccess;
   * - §4: unknown body fields, see UNKNOWN_FIELDS; unknown query parameters are refused with
   *   parameter_not_supported;
   * - §4: the emulator itself always answers in the documented envelope; the bodies reported
   *   outside it come only from respond faults with an errorShape.
   */

  private Contract() {}
}
