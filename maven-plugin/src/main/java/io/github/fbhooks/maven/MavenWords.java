package io.github.fbhooks.maven;

import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.Map;
import java.util.Optional;

/**
 * How this plugin renders the settings and commands core messages name: a setting as its user
 * property ({@code -Dfeaturebase.webhookId=<id>}), a command as the goal to run with its properties
 * ({@code 'mvn featurebase:export-secret -Dfeaturebase.webhookId=...'}).
 */
final class MavenWords implements Words.Renderer {

  /** The one renderer. */
  static final MavenWords RENDERER = new MavenWords();

  private MavenWords() {}

  /**
   * Renders every reference of a text.
   *
   * @param text a message, may be null
   * @return the text in this plugin's terms
   */
  static String render(String text) {
    return Words.render(text, RENDERER);
  }

  /**
   * The message of a failure in this plugin's terms.
   *
   * @param failure any failure
   * @return its message, references rendered
   */
  static String messageOf(Throwable failure) {
    return render(Words.of(failure));
  }

  /** {@return the user property of a setting, e.g. {@code featurebase.baseUrl}} */
  static String property(Setting setting) {
    return FeaturebaseProperties.PREFIX + setting.key();
  }

  @Override
  public String setting(Setting setting, Optional<String> value) {
    return switch (setting) {
      case PROXY -> "the <proxy> of settings.xml";
      case SERVER_ID ->
          "-D"
              + property(setting)
              + value.map(v -> "=" + v).orElse("")
              + " (a settings.xml server)";
      case TUNNELING_SCHEMES ->
          "-D"
              + setting.key()
              + "="
              + value.orElse("")
              + " when Maven starts (for example in .mvn/jvm.config)";
      default -> "-D" + property(setting) + value.map(v -> "=" + v).orElse("");
    };
  }

  @Override
  public String command(Command command, Map<Setting, String> arguments) {
    StringBuilder out = new StringBuilder("'mvn featurebase:").append(command.commandName());
    arguments.forEach((s, v) -> out.append(" -D").append(property(s)).append('=').append(v));
    return out.append('\'').toString();
  }
}
