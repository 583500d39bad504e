package io.github.fbhooks.maven;

import io.github.fbhooks.text.SafeText;
import java.util.regex.Pattern;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Turns a failed decryption of a settings.xml password into a message for the user. */
final class SettingsDecryption {

  /** A Java class name before its message, e.g. {@code org.sonatype...SecDispatcherException: }. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

  /** Maven's own prefix, which repeats what the message already says. */
  private static final Pattern MAVEN_PREFIX =
      Pattern.compile("^Failed to decrypt (?:password|passphrase) for (?:server|proxy) \\S+:\\s*");

  private SettingsDecryption() {}

  /**
   * @param result what Maven's decrypter answered
   * @param what the entry, e.g. {@code settings.xml server 'featurebase'}
   * @param fix what to do, a sentence, or empty
   * @throws UserConfigurationException for the first problem worse than a warning
   */
  static void requireDecrypted(SettingsDecryptionResult result, String what, String fix) {
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new UserConfigurationException(
            "Cannot decrypt the password of " + what + reason(problem.getMessage()) + "." + fix);
      }
    }
  }

  /** {@return what went wrong, without Java class names, as {@code ": ..."}, or empty} */
  static String reason(String message) {
    if (message == null) {
      return "";
    }
    String reason =
        CLASS_NAME.matcher(MAVEN_PREFIX.matcher(message.strip()).replaceFirst("")).replaceAll("");
    reason = reason.strip();
    while (reason.endsWith(".")) {
      reason = reason.substring(0, reason.length() - 1);
    }
    return reason.isEmpty() ? "" : ": " + SafeText.escape(reason);
  }
}
