package io.github.fbhooks.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The events made by {@code POST /__emulator/events}, oldest first, with their first attempts; the
 * oldest are dropped beyond a cap.
 */
final class EventLog {

  static final int CAPACITY = 10_000;

  private final Deque<TrackedEvent> entries = new ArrayDeque<>();

  /** {@return the event, now in the log} */
  synchronized TrackedEvent add(TrackedEvent event) {
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(event);
    return event;
  }

  /** {@return the events kept and their counts, as of now} */
  EmulatorEvents snapshot() {
    List<TrackedEvent> kept;
    synchronized (this) {
      kept = List.copyOf(entries);
    }
    return EmulatorEvents.of(kept.stream().map(TrackedEvent::snapshot).toList());
  }

  /**
   * Forgets every event. First attempts still running then update events no longer kept.
   *
   * @return how many events were removed
   */
  synchronized int clear() {
    int count = entries.size();
    entries.clear();
    return count;
  }
}
