package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A configuration could not be read: it holds every problem found, each with its file, line and
 * column. The message is a count line followed by one line per problem; it holds no secret value.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Problems are values; the list is never modified after construction. */
  @SuppressWarnings("serial")
  private final List<ConfigProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems at least one problem, in the order to report them
   */
  public ConfigException(List<ConfigProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * A problem with one file as a whole (it cannot be read, it is too large, ...).
   *
   * @param file the file, as the user named it
   * @param message what is wrong and what to do
   * @return the exception
   */
  public static ConfigException ofFile(Path file, String message) {
    return new ConfigException(
        List.of(new ConfigProblem(new SourceLocation(file, 1, 1), YamlPath.ROOT_DISPLAY, message)));
  }

  /** {@return every problem found, in file, line and column order} */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String message(List<ConfigProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    long files = problems.stream().map(p -> p.location().file()).distinct().count();
    StringBuilder out =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " problem in " : " problems in ")
            .append(
                files == 1
                    ? problems.get(0).location().file().toString()
                    : files + " configuration files")
            .append(':');
    for (ConfigProblem problem : problems) {
      out.append('\n').append(problem);
    }
    return out.toString();
  }
}
