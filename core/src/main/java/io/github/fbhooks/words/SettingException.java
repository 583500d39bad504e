package io.github.fbhooks.words;

/**
 * A setting the user gave cannot be used: a value out of range or of no known kind, a file that is
 * in the way. Nothing was sent or changed; the message names the setting, its allowed values and an
 * example, so the user can fix it.
 */
public final class SettingException extends WordedException {

  private static final long serialVersionUID = 1L;

  /**
   * @param template the message, with {@link Words} references
   */
  public SettingException(String template) {
    super(template, null);
  }

  /**
   * @param template the message, with {@link Words} references
   * @param cause the cause
   */
  public SettingException(String template, Throwable cause) {
    super(template, cause);
  }

  /**
   * Checks a count setting against its range, 1 to {@code max}.
   *
   * @param setting the setting
   * @param value its value
   * @param max the largest allowed value
   * @param defaultValue its default, shown as the example
   * @return the value
   * @throws SettingException naming the setting, the range and the default
   */
  public static int requireWithin(Setting setting, int value, int max, int defaultValue) {
    if (value < 1 || value > max) {
      throw new SettingException(
          Words.setting(setting)
              + " is "
              + value
              + "; use 1 to "
              + max
              + " ("
              + Words.setting(setting, String.valueOf(defaultValue))
              + ").");
    }
    return value;
  }
}
