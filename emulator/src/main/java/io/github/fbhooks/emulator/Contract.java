package io.github.fbhooks.emulator;

import io.github.fbhooks.api.ApiVersion;

/**
 * The numbers and rules of the Featurebase webhooks contract that the emulator applies, from {@code
 * featurebase-api.md}. Where Featurebase leaves a behaviour unconfirmed, the choice made here is
 * marked UNCONFIRMED, so all such assumptions change in one place.
 */
final class Contract {

  /** Webhooks per workspace; one more is refused with 400 invalid_request. */
  static final int MAX_WEBHOOKS = 10;

  /** Longest webhook name (one schema says 255; the reference validates at 100). */
  static final int MAX_NAME_LENGTH = 100;

  /** Longest description. */
  static final int MAX_DESCRIPTION_LENGTH = 500;

  /** Page size of the list endpoint when {@code limit} is absent. */
  static final int DEFAULT_PAGE_SIZE = 10;

  /** Largest {@code limit} of the list endpoint. */
  static final int MAX_PAGE_SIZE = 100;

  /** The payload version new webhooks get. */
  static final String PAYLOAD_VERSION = "1.0";

  /** The version header. */
  static final String VERSION_HEADER = "Featurebase-Version";

  /** The first version with webhook endpoints, named in version_not_supported messages. */
  static final ApiVersion FIRST_WEBHOOK_VERSION = ApiVersion.NOVA;

  /** Length of a fixed rate-limit window. */
  static final long RATE_WINDOW_MILLIS = 60_000;

  /** Largest request body read; larger bodies get 413. UNCONFIRMED: the real limit is unknown. */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** Random bytes in a generated secret: 32 bytes are 43 URL-safe base64 characters. */
  static final int SECRET_RANDOM_BYTES = 32;

  /*
   * UNCONFIRMED choices, all documented in emulator/README.md:
   * - a well-formed version the emulator does not know is judged by its date (nova or later works);
   * - a clover request to a webhook path gets 404 version_not_supported;
   * - X-RateLimit-Reset is epoch seconds of the end of the current window; 429 carries Retry-After;
   * - only the per-key limit is enforced (the emulator is one workspace with usually one key);
   * - PATCH requestConfig merges timeoutMs and headers separately, and headers replace the whole
   *   map; requestConfig: null clears it; a webhook never given a requestConfig shows null;
   * - PATCH status active resets consecutiveFailures and errorsSinceLastSuccess;
   * - unknown query parameters are refused with parameter_not_supported, like unknown body fields.
   */

  private Contract() {}
}
