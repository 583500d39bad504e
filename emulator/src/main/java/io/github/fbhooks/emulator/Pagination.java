package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.WebhookStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /v2/webhooks}: {@code limit} (1..100, default 10), an opaque {@code
 * cursor} (at most 512 characters) and a {@code status} filter. A cursor is the URL-safe base64 of
 * {@code c1:<sequence>}, the creation sequence number of the last webhook of the previous page.
 */
final class Pagination {

  private static final Set<String> PARAMETERS = Set.of("limit", "cursor", "status");
  private static final Pattern LIMIT = Pattern.compile("\\d{1,9}");
  private static final Pattern CURSOR = Pattern.compile("c1:(\\d{1,18})");

  /**
   * A parsed list query.
   *
   * @param limit 1..100
   * @param afterSeq list webhooks created after this sequence number
   * @param status the filter, or null
   */
  record PageQuery(int limit, long afterSeq, WebhookStatus status) {}

  private Pagination() {}

  /**
   * Parses a list query.
   *
   * @param params the query parameters
   * @param lastIssuedSeq the highest sequence number ever handed out, to refuse forged cursors
   * @return the query
   * @throws ApiException 400 invalid_parameter, invalid_cursor or parameter_not_supported
   */
  static PageQuery parse(Map<String, List<String>> params, long lastIssuedSeq) {
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      if (!PARAMETERS.contains(p.getKey())) {
        throw ApiException.badRequest(
            Problem.NOT_SUPPORTED, "unknown query parameter \"" + p.getKey() + "\"", p.getKey());
      }
      if (p.getValue().size() > 1) {
        throw ApiException.badRequest(
            Problem.INVALID, p.getKey() + " may be given only once", p.getKey());
      }
    }
    return new PageQuery(
        limit(single(params, "limit")),
        afterSeq(single(params, "cursor"), lastIssuedSeq),
        status(single(params, "status")));
  }

  /** {@return the cursor of the page that follows the webhook with this sequence number} */
  static String cursorAfter(long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c1:" + seq).getBytes(StandardCharsets.US_ASCII));
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null ? null : values.get(0);
  }

  private static int limit(String value) {
    if (value == null) {
      return Contract.DEFAULT_PAGE_SIZE;
    }
    if (LIMIT.matcher(value).matches()) {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= Contract.MAX_PAGE_SIZE) {
        return limit;
      }
    }
    throw ApiException.badRequest(
        Problem.INVALID, "limit must be an integer from 1 to " + Contract.MAX_PAGE_SIZE, "limit");
  }

  private static long afterSeq(String cursor, long lastIssuedSeq) {
    if (cursor == null) {
      return 0;
    }
    if (cursor.length() > Contract.MAX_CURSOR_LENGTH) {
      throw ApiException.badRequest(
          "invalid_cursor",
          "cursor is "
              + cursor.length()
              + " characters long; a cursor is at most "
              + Contract.MAX_CURSOR_LENGTH
              + ": pass the nextCursor of the previous page unchanged",
          "cursor");
    }
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      Matcher m = CURSOR.matcher(decoded);
      if (m.matches()) {
        long seq = Long.parseLong(m.group(1));
        if (seq >= 1 && seq <= lastIssuedSeq) {
          return seq;
        }
      }
    } catch (IllegalArgumentException e) {
      // not base64: refused below like any other cursor the emulator did not make
    }
    throw ApiException.badRequest(
        "invalid_cursor",
        "cursor is not valid: pass the nextCursor of the previous page unchanged",
        "cursor");
  }

  private static WebhookStatus status(String value) {
    if (value == null) {
      return null;
    }
    return WebhookStatus.fromWireName(value)
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    Problem.INVALID, "status must be active, paused or suspended", "status"));
  }
}
