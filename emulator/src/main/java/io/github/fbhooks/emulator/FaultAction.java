package io.github.fbhooks.emulator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an injected fault does to the request it matches. */
enum FaultAction {
  /** Answers with the configured status, headers and body; the request is not processed. */
  RESPOND,
  /** Sleeps, then processes the request normally (for client read timeouts). */
  DELAY,
  /** Processes the request, then closes the connection without an answer. */
  DROP,
  /** Closes the connection without an answer; the request is not processed. */
  DISCONNECT,
  /**
   * Processes the request, sends the status, the headers and half of the body, then closes the
   * connection (see {@link PartialAnswer}).
   */
  RESET;

  /** {@return the name in the admin API, e.g. {@code respond}} */
  @JsonValue
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<FaultAction> fromWireName(String name) {
    return Arrays.stream(values()).filter(a -> a.wireName().equals(name)).findFirst();
  }
}
