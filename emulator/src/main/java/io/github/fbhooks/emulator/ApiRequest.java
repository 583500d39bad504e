package io.github.fbhooks.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the emulator handles it, read completely off the connection.
 *
 * @param method upper-case method
 * @param path the raw path, without the query
 * @param rawQuery the raw query string, or null
 * @param headers header values by lower-case name
 * @param body the body as UTF-8 text, empty when none
 * @param receivedAt when the request arrived
 */
record ApiRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    String body,
    Instant receivedAt) {

  ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = Map.copyOf(copy);
    body = body == null ? "" : body;
  }

  /** {@return the first value of a header, looked up case-insensitively} */
  Optional<String> header(String name) {
    return headerValues(name).stream().findFirst();
  }

  /** {@return every value of a header, looked up case-insensitively} */
  List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /** {@return the decoded query parameters in order; a name without '=' has an empty value} */
  Map<String, List<String>> queryParameters() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s; // a malformed %-escape is kept as sent; validation then refuses the value
    }
  }
}
