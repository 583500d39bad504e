package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.RequestConfig;
import java.util.Map;

/**
 * The {@code requestConfig} object of a create or PATCH body. Each sub-field is merged on its own;
 * a given {@code headers} map replaces the whole map (UNCONFIRMED, see {@link Contract}).
 *
 * @param timeoutMs the new timeout, null when absent
 * @param headers the new header map, null when absent
 */
record RequestConfigPatch(Change<Integer> timeoutMs, Change<Map<String, String>> headers) {

  /**
   * {@return the config with this patch applied, complete: a webhook never given a timeout has
   * {@value Contract#DEFAULT_TIMEOUT_MS} ms}
   *
   * @param current the webhook's config, or null for a new webhook
   */
  RequestConfig applyTo(RequestConfig current) {
    RequestConfig base = complete(current);
    Integer timeout = timeoutMs == null ? base.timeoutMs() : timeoutMs.value();
    Map<String, String> headerMap = headers == null ? base.headers() : headers.value();
    return complete(new RequestConfig(timeout, headerMap));
  }

  /**
   * {@return the config as answers show it: never null, {@code timeoutMs} always set}
   *
   * @param config a config, or null when none was given
   */
  static RequestConfig complete(RequestConfig config) {
    if (config == null) {
      return new RequestConfig(Contract.DEFAULT_TIMEOUT_MS, Map.of());
    }
    if (config.timeoutMs() == null) {
      return new RequestConfig(Contract.DEFAULT_TIMEOUT_MS, config.headers());
    }
    return config;
  }
}
