package io.github.fbhooks.validation;

import io.github.fbhooks.config.SourceLocation;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing validation found, at its place in a configuration file.
 *
 * @param level whether it fails validation
 * @param rule what kind of finding it is
 * @param location file, line and column
 * @param path the node's path in the document, e.g. {@code webhooks[0].url}, or empty
 * @param message what is wrong and what to do; may hold references to settings ({@link
 *     io.github.fbhooks.words.Words}) that a front end renders
 */
public record Finding(
    Level level, Rule rule, SourceLocation location, String path, String message) {

  /** Checks every part is present. */
  public Finding {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** How much a finding weighs. */
  public enum Level {
    /** Validation fails. */
    ERROR,
    /** Worth a look; validation passes. */
    WARNING;

    /** {@return the name in reports: {@code error} or {@code warning} (as SARIF names them)} */
    public String reportName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The kinds of finding, each with a stable id for reports and code-scanning tools. */
  public enum Rule {
    /** The file breaks the format or Featurebase's rules (schema, fields, references). */
    CONFIG("config", "The webhooks configuration breaks the format or a rule of Featurebase's API"),
    /** The file names a base URL or credential the build does not allow. */
    UNTRUSTED_TARGET(
        "untrusted-target",
        "The webhooks configuration names a base URL or credential the build does not allow"),
    /** A workspace declares more webhooks than Featurebase allows by default. */
    WEBHOOK_LIMIT(
        "webhook-limit", "A workspace declares more webhooks than Featurebase allows by default");

    private final String id;
    private final String description;

    Rule(String id, String description) {
      this.id = id;
      this.description = description;
    }

    /** {@return the stable id, e.g. {@code config}} */
    public String id() {
      return id;
    }

    /** {@return one sentence on what the rule checks} */
    public String description() {
      return description;
    }
  }
}
