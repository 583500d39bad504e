package io.github.fbhooks.maven;

import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Turns a failed decryption of a settings.xml password into a message for the user. */
final class SettingsDecryption {

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
            "Cannot decrypt the password of " + what + ": " + problem.getMessage() + "." + fix);
      }
    }
  }
}
