package io.github.fbhooks.api;

import io.github.fbhooks.log.BuildLog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A {@link BuildLog} that keeps every line, with its level. */
final class RecordingLog implements BuildLog {

  private final boolean debugEnabled;
  private final List<String> lines = new ArrayList<>();
  private int suppliersCalled;

  RecordingLog(boolean debugEnabled) {
    this.debugEnabled = debugEnabled;
  }

  @Override
  public boolean isDebugEnabled() {
    return debugEnabled;
  }

  @Override
  public synchronized void debug(Supplier<String> message) {
    suppliersCalled++;
    if (debugEnabled) {
      lines.add("[DEBUG] " + message.get());
    }
  }

  @Override
  public synchronized void info(String message) {
    lines.add("[INFO] " + message);
  }

  @Override
  public synchronized void warn(String message) {
    lines.add("[WARN] " + message);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  synchronized String text() {
    return String.join("\n", lines);
  }

  synchronized int debugSuppliersCalled() {
    return suppliersCalled;
  }
}
