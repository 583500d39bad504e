package io.github.fbhooks.rotate;

import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.SettingException;
import io.github.fbhooks.words.Words;
import java.util.Locale;

/** How a secret is rotated. */
public enum RotationStrategy {
  /** Featurebase issues a new secret; the old one stops working at once ({@link SecretRotator}). */
  IMMEDIATE,
  /**
   * A twin with the new secret delivers beside the webhook until the rotation is completed, so no
   * event fails verification ({@link OverlapRotation}).
   */
  OVERLAP;

  /**
   * Reads a strategy, as a user names it.
   *
   * @param value {@code immediate} or {@code overlap}, in any case; null for the default
   * @return the strategy
   * @throws SettingException for any other value
   */
  public static RotationStrategy parse(String value) {
    String strategy = value == null ? "immediate" : value.trim();
    for (RotationStrategy candidate : values()) {
      if (candidate.name().equalsIgnoreCase(strategy)) {
        return candidate;
      }
    }
    throw new SettingException(
        Words.setting(Setting.ROTATION_STRATEGY)
            + " \""
            + SafeText.escape(strategy)
            + "\" is not a strategy: use immediate (the old secret stops at once) or overlap (a"
            + " twin delivers beside the webhook until "
            + Words.command(Command.COMPLETE_ROTATION)
            + "), e.g. "
            + Words.setting(Setting.ROTATION_STRATEGY, "overlap")
            + ".");
  }

  /** {@return the name users give, e.g. {@code overlap}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
