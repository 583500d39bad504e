package io.github.fbhooks.maven;

import io.github.fbhooks.log.BuildLog;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/** Bridges core's {@link BuildLog} to the Maven log. */
final class MavenBuildLog implements BuildLog {

  private final Log log;

  MavenBuildLog(Log log) {
    this.log = log;
  }

  @Override
  public boolean isDebugEnabled() {
    return log.isDebugEnabled();
  }

  @Override
  public void debug(Supplier<String> message) {
    if (log.isDebugEnabled()) {
      log.debug(message.get());
    }
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }
}
