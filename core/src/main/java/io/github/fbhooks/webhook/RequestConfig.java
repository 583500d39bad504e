package io.github.fbhooks.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How Featurebase calls the webhook URL: a timeout and custom headers.
 *
 * <p>Header values often carry tokens, so {@link #toString()} prints header names only.
 *
 * @param timeoutMs delivery timeout in milliseconds (1000..30000), or null for the default (5000)
 * @param headers custom headers sent with every delivery (at most 10), empty when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestConfig(Integer timeoutMs, Map<String, String> headers) {

  /** The smallest timeout Featurebase accepts. */
  public static final int MIN_TIMEOUT_MS = 1000;

  /** The largest timeout Featurebase accepts. */
  public static final int MAX_TIMEOUT_MS = 30000;

  /** The most custom headers one webhook may have. */
  public static final int MAX_HEADERS = 10;

  /** The longest custom header value. */
  public static final int MAX_HEADER_VALUE_LENGTH = 1024;

  /** Copies the header map, keeping header names in a stable order. */
  public RequestConfig {
    headers = headers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(headers));
  }

  @Override
  public String toString() {
    return "RequestConfig[timeoutMs=" + timeoutMs + ", headers=" + headers.keySet() + "]";
  }
}
