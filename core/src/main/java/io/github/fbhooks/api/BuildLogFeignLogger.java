package io.github.fbhooks.api;

import feign.Request;
import feign.Response;
import io.github.fbhooks.log.BuildLog;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Bridges Feign's logging to {@link BuildLog#debug} at headers level: method, URL, status, elapsed
 * time and headers of each exchange, and I/O errors. {@code Authorization} prints as {@code
 * [redacted]}; {@code Cookie}, {@code Set-Cookie} and {@code Proxy-Authorization} are left out.
 * Bodies are never logged, only their length: every webhook body holds its signing secret and
 * custom header values. Retries are logged by {@link FeaturebaseRetryer}. When debug is off the
 * client runs Feign at level NONE and no log text is built at all.
 */
final class BuildLogFeignLogger extends feign.Logger {

  private static final String PREFIX = "Featurebase API ";

  private final BuildLog log;

  BuildLogFeignLogger(BuildLog log) {
    this.log = log;
  }

  /** {@return the Feign level for this log: HEADERS when debug is on, else NONE} */
  static Level levelFor(BuildLog log) {
    return log.isDebugEnabled() ? Level.HEADERS : Level.NONE;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    debug(() -> PREFIX + String.format(format, args));
  }

  @Override
  protected void logRequest(String configKey, Level logLevel, Request request) {
    if (!log.isDebugEnabled()) {
      return;
    }
    debug(() -> PREFIX + "--> " + request.httpMethod() + " " + request.url());
    logHeaders("--> ", request.headers());
    int length = request.body() == null ? 0 : request.body().length;
    debug(() -> PREFIX + "--> END " + request.httpMethod() + " (" + length + "-byte body)");
  }

  @Override
  protected Response logAndRebufferResponse(
      String configKey, Level logLevel, Response response, long elapsedTime) {
    if (!log.isDebugEnabled()) {
      return response;
    }
    Request request = response.request();
    debug(
        () ->
            PREFIX
                + "<-- "
                + response.status()
                + " "
                + request.httpMethod()
                + " "
                + request.url()
                + " ("
                + elapsedTime
                + " ms)");
    logHeaders("<-- ", response.headers());
    // the client buffered the body already (BufferingClient): its length is known
    Integer length = response.body() == null ? Integer.valueOf(0) : response.body().length();
    debug(() -> PREFIX + "<-- END HTTP (" + length + "-byte body)");
    return response;
  }

  @Override
  protected IOException logIOException(
      String configKey, Level logLevel, IOException ioe, long elapsedTime) {
    debug(
        () ->
            PREFIX
                + "<-- ERROR "
                + ioe.getClass().getSimpleName()
                + ": "
                + TransportFailures.describe(ioe)
                + " ("
                + elapsedTime
                + " ms)");
    return ioe;
  }

  @Override
  protected void logRetry(String configKey, Level logLevel) {
    // FeaturebaseRetryer logs each retry with its reason and delay
  }

  private void logHeaders(String direction, Map<String, Collection<String>> headers) {
    Map<String, Collection<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> {
          if (name != null) {
            sorted.put(name, values);
          }
        });
    sorted.forEach(
        (name, values) -> {
          for (String value : values) {
            Redaction.headerForLog(name, value)
                .ifPresent(shown -> debug(() -> PREFIX + direction + name + ": " + shown));
          }
        });
  }

  private void debug(Supplier<String> message) {
    if (log.isDebugEnabled()) {
      log.debug(message);
    }
  }
}
