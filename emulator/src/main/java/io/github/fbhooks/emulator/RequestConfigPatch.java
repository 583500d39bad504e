package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.RequestConfig;
import java.util.Map;

/**
 * The {@code requestConfig} object of a PATCH body. Each sub-field is merged on its own; a given
 * {@code headers} map replaces the whole map (UNCONFIRMED, see {@link Contract}).
 *
 * @param timeoutMs the new timeout, null when absent
 * @param headers the new header map, null when absent
 */
record RequestConfigPatch(Change<Integer> timeoutMs, Change<Map<String, String>> headers) {

  RequestConfig applyTo(RequestConfig current) {
    Integer timeout = current == null ? null : current.timeoutMs();
    Map<String, String> headerMap = current == null ? Map.of() : current.headers();
    if (timeoutMs != null) {
      timeout = timeoutMs.value();
    }
    if (headers != null) {
      headerMap = headers.value();
    }
    return new RequestConfig(timeout, headerMap);
  }
}
