package com.example.webhooks.receiver;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the events seen lately. Featurebase may deliver an event more than once (a retry after
 * an answer that was lost), so the receiver processes each id once. A real service keeps this in
 * its database, next to what the event changed.
 */
final class RecentEventIds {

  private final Map<String, Boolean> ids;

  RecentEventIds(int capacity) {
    this.ids =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** {@return true the first time an id is seen} */
  synchronized boolean firstTime(String id) {
    return ids.put(id, Boolean.TRUE) == null;
  }
}
