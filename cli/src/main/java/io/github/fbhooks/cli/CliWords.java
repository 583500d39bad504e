package io.github.fbhooks.cli;

import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the command line renders the settings and commands core messages name: a setting as its
 * option ({@code --webhook-id=<id>}), a command as the command to run ({@code 'fbhooks
 * export-secret --webhook-id=...'}).
 */
final class CliWords implements Words.Renderer {

  /** The one renderer. */
  static final CliWords RENDERER = new CliWords();

  private CliWords() {}

  /**
   * Renders every reference of a text.
   *
   * @param text a message, may be null
   * @return the text in the command line's terms
   */
  static String render(String text) {
    return Words.render(text, RENDERER);
  }

  /**
   * The option of a setting.
   *
   * @param setting a setting
   * @return e.g. {@code --base-url}
   */
  static String option(Setting setting) {
    return switch (setting) {
      case ALLOWED_BASE_URLS -> "--allowed-base-url";
      case ALLOWED_SERVER_IDS -> "--allowed-server-id";
      default -> "--" + kebab(setting.key());
    };
  }

  @Override
  public String setting(Setting setting, Optional<String> value) {
    return switch (setting) {
      case PROXY -> "the HTTPS_PROXY environment variable";
      case SERVER_ID ->
          option(setting)
              + value.map(v -> "=" + v).orElse("")
              + " (its key comes from "
              + value.map(ApiKeys::variable).orElse(ApiKeys.VARIABLE + "_<ID>")
              + ")";
      case TUNNELING_SCHEMES ->
          "-D" + setting.key() + "=" + value.orElse("") + " in the JAVA_OPTS environment variable";
      case SECRET_PROPERTY -> "--secret-file=<file>";
      default -> option(setting) + value.map(v -> "=" + v).orElse("");
    };
  }

  @Override
  public String command(Command command, Map<Setting, String> arguments) {
    StringBuilder out = new StringBuilder("'fbhooks ").append(command.commandName());
    arguments.forEach((s, v) -> out.append(' ').append(option(s)).append('=').append(v));
    return out.append('\'').toString();
  }

  private static String kebab(String camel) {
    StringBuilder out = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('-').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
