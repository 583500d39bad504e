package io.github.fbhooks.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A {@link BuildLog} that keeps every line, with its level. */
public final class RecordingLog implements BuildLog {

  private final boolean debugEnabled;
  private final List<String> lines = new ArrayList<>();
  private int suppliersCalled;

  /**
   * @param debugEnabled whether debug lines are wanted (and recorded)
   */
  public RecordingLog(boolean debugEnabled) {
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

  /** {@return every line, with its level: {@code [DEBUG] }, {@code [INFO] } or {@code [WARN] }} */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** {@return the lines, one per line} */
  public synchronized String text() {
    return String.join("\n", lines);
  }

  /** {@return how many debug messages were asked for, built or not} */
  public synchronized int debugSuppliersCalled() {
    return suppliersCalled;
  }

  /** {@return the warnings, without their level} */
  public synchronized List<String> warnings() {
    return lines.stream()
        .filter(line -> line.startsWith("[WARN] "))
        .map(line -> line.substring("[WARN] ".length()))
        .toList();
  }
}
