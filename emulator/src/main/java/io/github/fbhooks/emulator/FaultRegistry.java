package io.github.fbhooks.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pending faults in insertion order; the first match takes the request and is used up once. */
final class FaultRegistry {

  private final List<Fault> pending = new ArrayList<>();
  private long nextId = 1;

  /** {@return the fault as registered, with its id} */
  synchronized Fault add(Fault fault) {
    Fault registered = fault.withId("flt_" + nextId++);
    pending.add(registered);
    return registered;
  }

  /**
   * Takes the first pending fault matching a request, using it up once.
   *
   * @param method the request method
   * @param path the request path
   * @return the fault, or empty when none matches
   */
  synchronized Optional<Fault> take(String method, String path) {
    for (int i = 0; i < pending.size(); i++) {
      Fault fault = pending.get(i);
      if (fault.matches(method, path)) {
        Fault used = fault.withRemaining(fault.remaining() - 1);
        if (used.remaining() == 0) {
          pending.remove(i);
        } else {
          pending.set(i, used);
        }
        return Optional.of(used);
      }
    }
    return Optional.empty();
  }

  synchronized List<Fault> list() {
    return List.copyOf(pending);
  }

  /** {@return how many faults were pending} */
  synchronized int clear() {
    int count = pending.size();
    pending.clear();
    return count;
  }
}
