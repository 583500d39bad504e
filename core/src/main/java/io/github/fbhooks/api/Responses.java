package io.github.fbhooks.api;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reads buffered {@link Response}s: body bytes, headers, and the retry hints. */
final class Responses {

  private Responses() {}

  /**
   * The body bytes. The client buffers every body, so reading it again is cheap and safe.
   *
   * @param response the response
   * @return the bytes, empty when there is no body
   */
  static byte[] body(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot re-read a buffered response body", e);
    }
  }

  /**
   * The first value of a header, by case-insensitive name.
   *
   * @param response the response
   * @param name the header name
   * @return the value
   */
  static Optional<String> header(Response response, String name) {
    for (Map.Entry<String, Collection<String>> entry : response.headers().entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue().stream().filter(v -> v != null && !v.isBlank()).findFirst();
      }
    }
    return Optional.empty();
  }

  /**
   * When Featurebase asked the request to be retried: {@code Retry-After} on any status, else on a
   * 429 the end of the rate-limit window ({@code X-RateLimit-Reset}). Unreadable values are
   * ignored.
   *
   * @param response the error response
   * @param now the current time
   * @return the time to retry at, if the response gave one
   */
  static Optional<Instant> retryAt(Response response, Instant now) {
    Optional<Instant> retryAfter =
        header(response, "Retry-After").flatMap(value -> parseRetryAfter(value, now));
    if (retryAfter.isPresent() || response.status() != 429) {
      return retryAfter;
    }
    return header(response, "X-RateLimit-Reset").flatMap(value -> parseRateLimitReset(value, now));
  }

  /**
   * Reads {@code Retry-After}: delta-seconds or an HTTP date (RFC 9110).
   *
   * @param value the header value
   * @param now the current time
   * @return the time, never before now; empty when unreadable
   */
  static Optional<Instant> parseRetryAfter(String value, Instant now) {
    String trimmed = value.trim();
    if (trimmed.matches("\\d{1,10}")) {
      return Optional.of(now.plus(Duration.ofSeconds(Long.parseLong(trimmed))));
    }
    try {
      Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isBefore(now) ? now : at);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads {@code X-RateLimit-Reset}; its meaning is decided by {@link
   * ApiAssumptions#rateLimitReset}.
   *
   * @param value the header value
   * @param now the current time
   * @return the time, never before now; empty when unreadable
   */
  static Optional<Instant> parseRateLimitReset(String value, Instant now) {
    String trimmed = value.trim();
    if (!trimmed.matches("\\d{1,12}(\\.\\d{1,9})?")) {
      return Optional.empty();
    }
    return Optional.of(ApiAssumptions.rateLimitReset(new BigDecimal(trimmed), now));
  }
}
