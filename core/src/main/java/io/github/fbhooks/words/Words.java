package io.github.fbhooks.words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How core messages name what a user should change or run, without naming a front end: a message
 * holds references made by {@link #setting} and {@link #command}, and a front end renders them with
 * its own {@link Renderer} (the Maven plugin as its user properties and goals). {@link
 * #neutral(String)} renders them for library users.
 *
 * <p>A reference is delimited by the control characters U+0001 and U+0002, which no other text in a
 * message can hold: values from configurations are refused when they hold control characters, and
 * text from servers is escaped ({@code io.github.fbhooks.text.SafeText}) before it is put in a
 * message. So a server cannot forge a reference, and a reference can never be mistaken for text.
 */
public final class Words {

  private static final char OPEN = '\u0001';
  private static final char CLOSE = '\u0002';
  private static final char SEPARATOR = '\u0003';

  private Words() {}

  /** Renders references for one front end. */
  public interface Renderer {

    /**
     * @param setting the setting
     * @param value the value to show (an example such as {@code <id>}, or the value to set), or
     *     empty to name the setting alone
     * @return e.g. {@code --base-url} or {@code --webhook-id <id>}
     */
    String setting(Setting setting, Optional<String> value);

    /**
     * @param command the command
     * @param arguments its settings and their values, in order
     * @return e.g. {@code 'fbhooks export-secret --webhook-id ...'}
     */
    String command(Command command, Map<Setting, String> arguments);
  }

  /** Names settings and commands without any front end's syntax, for library users. */
  public static final Renderer NEUTRAL =
      new Renderer() {
        @Override
        public String setting(Setting setting, Optional<String> value) {
          return value
              .map(v -> setting.key() + "=" + v)
              .orElse("the " + setting.key() + " setting");
        }

        @Override
        public String command(Command command, Map<Setting, String> arguments) {
          List<String> args = new ArrayList<>();
          arguments.forEach((s, v) -> args.add(s.key() + "=" + v));
          return "'"
              + command.commandName()
              + (args.isEmpty() ? "" : " with " + String.join(", ", args))
              + "'";
        }
      };

  /**
   * A reference to a setting.
   *
   * @param setting the setting
   * @return the reference, to put in a message
   */
  public static String setting(Setting setting) {
    return OPEN + "S" + setting.name() + CLOSE;
  }

  /**
   * A reference to a setting with the value to give it.
   *
   * @param setting the setting
   * @param value an example such as {@code <id>}, or the value to set; no control characters
   * @return the reference, to put in a message
   */
  public static String setting(Setting setting, String value) {
    return OPEN + "S" + setting.name() + SEPARATOR + clean(value) + CLOSE;
  }

  /**
   * A reference to a command to run.
   *
   * @param command the command
   * @param settingsAndValues pairs of a {@link Setting} and its value
   * @return the reference, to put in a message
   */
  public static String command(Command command, Object... settingsAndValues) {
    StringBuilder out = new StringBuilder().append(OPEN).append('C').append(command.name());
    for (int i = 0; i + 1 < settingsAndValues.length; i += 2) {
      out.append(SEPARATOR)
          .append(((Setting) settingsAndValues[i]).name())
          .append(SEPARATOR)
          .append(clean(String.valueOf(settingsAndValues[i + 1])));
    }
    return out.append(CLOSE).toString();
  }

  /**
   * Renders every reference of a text.
   *
   * @param text a message, may be null
   * @param renderer the front end's renderer
   * @return the text with each reference rendered; null for null
   */
  public static String render(String text, Renderer renderer) {
    if (text == null || text.indexOf(OPEN) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf(OPEN, i);
      int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
      if (open < 0 || close < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, open);
      out.append(renderOne(text.substring(open + 1, close), renderer));
      i = close + 1;
    }
    return out.toString();
  }

  /**
   * Renders every reference for library users.
   *
   * @param text a message, may be null
   * @return the text with each reference rendered neutrally
   */
  public static String neutral(String text) {
    return render(text, NEUTRAL);
  }

  /**
   * The text of a failure with its references kept, for a message that wraps it and is rendered
   * later as a whole.
   *
   * @param failure any failure
   * @return {@link WordedException#template()} where it has one, else the message
   */
  public static String of(Throwable failure) {
    return failure instanceof WordedException worded
        ? worded.template()
        : String.valueOf(failure.getMessage());
  }

  private static String renderOne(String reference, Renderer renderer) {
    String[] parts = reference.substring(1).split(String.valueOf(SEPARATOR), -1);
    if (reference.charAt(0) == 'S') {
      Setting setting = Setting.valueOf(parts[0]);
      return renderer.setting(setting, parts.length > 1 ? Optional.of(parts[1]) : Optional.empty());
    }
    Map<Setting, String> arguments = new LinkedHashMap<>();
    for (int i = 1; i + 1 < parts.length; i += 2) {
      arguments.put(Setting.valueOf(parts[i]), parts[i + 1]);
    }
    return renderer.command(Command.valueOf(parts[0]), arguments);
  }

  private static String clean(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f ? '?' : (char) c));
    return out.toString();
  }
}
