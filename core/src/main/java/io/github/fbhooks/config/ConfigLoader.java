package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads {@code webhooks.yaml}: a file, or a directory whose {@code *.yaml} and {@code *.yml} files
 * are merged. Checks the file against the JSON Schema and the rules the schema cannot express, and
 * reports every problem at once, each as {@code <file>:<line>:<column>: <path>: <message>}.
 *
 * <p>{@code ${env:NAME}} references in header values are resolved through the environment given to
 * the constructor, never {@link System#getenv()} directly: the Maven plugin passes the build's
 * {@code env.*} view, tests a map.
 *
 * <pre>{@code
 * WebhooksConfig config = new ConfigLoader(System::getenv).load(Path.of("featurebase/webhooks.yaml"));
 * }</pre>
 */
public final class ConfigLoader {

  /** Where a project keeps its webhooks, relative to its directory. */
  public static final Path DEFAULT_FILE = Path.of("featurebase", "webhooks.yaml");

  /** Where editors find the JSON Schema of the format: the {@code $id} of the shipped schema. */
  public static final String SCHEMA_URL =
      "https://raw.githubusercontent.com/fbhooks/fbhooks/main/schema/webhooks-v1.schema.json";

  private final Function<String, String> environment;
  private final Path baseDirectory;

  /**
   * A loader that resolves relative paths against the working directory.
   *
   * @param environment variable name to value, null when unset
   */
  public ConfigLoader(Function<String, String> environment) {
    this(environment, null);
  }

  /**
   * A loader for a project directory: relative paths are resolved against it, and messages name the
   * files under it relative to it (e.g. {@code featurebase/webhooks.yaml:14:7: ...}).
   *
   * @param environment variable name to value, null when unset
   * @param baseDirectory the project directory, or null for the working directory
   */
  public ConfigLoader(Function<String, String> environment, Path baseDirectory) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.baseDirectory = baseDirectory;
  }

  /**
   * Loads and checks a configuration.
   *
   * @param fileOrDirectory a YAML file, or a directory of them
   * @return the validated configuration, references resolved, topic globs expanded
   * @throws ConfigException with every problem found; its message lists them
   */
  public WebhooksConfig load(Path fileOrDirectory) {
    return load(fileOrDirectory, name -> true);
  }

  /**
   * Loads and checks a configuration for a run that handles only some webhooks, such as a plan
   * limited by include and exclude patterns: references are resolved only in the webhooks it
   * handles, so the others do not need their environment variables. Everything else is checked in
   * every webhook.
   *
   * @param fileOrDirectory a YAML file, or a directory of them
   * @param handled whether the run handles the webhook with this name
   * @return the validated configuration; header values of webhooks not handled keep their {@code
   *     ${env:NAME}} references as written, marked sensitive, and must not be sent
   * @throws ConfigException with every problem found; its message lists them
   */
  public WebhooksConfig load(Path fileOrDirectory, Predicate<String> handled) {
    Objects.requireNonNull(fileOrDirectory, "fileOrDirectory");
    Objects.requireNonNull(handled, "handled");
    return ConfigReader.read(fileOrDirectory, baseDirectory, environment, handled).config();
  }
}
