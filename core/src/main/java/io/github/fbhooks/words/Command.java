package io.github.fbhooks.words;

/**
 * An fbhooks command a message tells the user to run, e.g. to write a live secret again. Each front
 * end renders it in its own syntax: the Maven plugin as its goal with user properties, a command
 * line as {@code fbhooks export-secret --webhook-id ...}.
 */
public enum Command {
  /** Rotate a webhook's secret. */
  ROTATE_SECRET("rotate-secret"),
  /** Hand out a webhook's current secret without rotating it. */
  EXPORT_SECRET("export-secret"),
  /** Ends an overlap rotation: deletes the old webhook, keeps its twin. */
  COMPLETE_ROTATION("complete-rotation"),
  /** Show what apply would change. */
  PLAN("plan"),
  /** Make the live webhooks match the configuration. */
  APPLY("apply"),
  /** Check the webhooks configuration. */
  VALIDATE("validate"),
  /** Rewrite the webhooks configuration in canonical form. */
  FMT("fmt");

  private final String name;

  Command(String name) {
    this.name = name;
  }

  /** {@return the command's name, e.g. {@code export-secret}} */
  public String commandName() {
    return name;
  }
}
