package io.github.fbhooks.log;

import java.util.function.Supplier;

/**
 * Where core reports progress. The Maven plugin bridges it to the Maven log; library users can pass
 * {@link #NONE} or their own. Messages handed to it never contain a secret.
 */
public interface BuildLog {

  /** A log that drops everything. */
  BuildLog NONE =
      new BuildLog() {
        @Override
        public boolean isDebugEnabled() {
          return false;
        }

        @Override
        public void debug(Supplier<String> message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
      };

  /** {@return whether debug messages are shown (Maven's -X)} */
  boolean isDebugEnabled();

  /** Logs a debug message, built only when debug is on. @param message the message */
  void debug(Supplier<String> message);

  /** Logs progress. @param message the message */
  void info(String message);

  /** Logs something the user should look at. @param message the message */
  void warn(String message);
}
