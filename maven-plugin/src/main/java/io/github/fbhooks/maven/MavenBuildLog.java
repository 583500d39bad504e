package io.github.fbhooks.maven;

import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.text.SafeText;
import java.util.function.Supplier;
import org.apache.maven.plugin.logging.Log;

/**
 * Bridges core's {@link BuildLog} to the Maven log. Every message has the settings and commands it
 * names rendered in this plugin's terms ({@link MavenWords}), then is escaped ({@link SafeText}) on
 * its way: a value from a server or a configuration that slipped through unescaped still cannot
 * start a forged log line.
 */
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
      log.debug(SafeText.escape(MavenWords.render(message.get())));
    }
  }

  @Override
  public void info(String message) {
    log.info(SafeText.escape(MavenWords.render(message)));
  }

  @Override
  public void warn(String message) {
    log.warn(SafeText.escape(MavenWords.render(message)));
  }
}
