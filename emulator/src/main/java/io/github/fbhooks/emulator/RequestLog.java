package io.github.fbhooks.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The API requests received, oldest first; the oldest are dropped beyond a cap. */
final class RequestLog {

  static final int CAPACITY = 10_000;

  private final Deque<LoggedRequest> entries = new ArrayDeque<>();

  synchronized void add(LoggedRequest entry) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  synchronized List<LoggedRequest> entries() {
    return List.copyOf(entries);
  }

  /** {@return how many entries were removed} */
  synchronized int clear() {
    int count = entries.size();
    entries.clear();
    return count;
  }
}
