package io.github.fbhooks.plan;

import io.github.fbhooks.text.Markdown;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.RotationTwins;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Renders a plan for people: Terraform-like, readable in a CI log. Holds no secret: field values
 * are already masked where sensitive. Names and values come from a configuration under review and
 * from the server, so every text line is escaped ({@link SafeText}) and every Markdown cell escaped
 * for Markdown and HTML ({@link Markdown}): none can forge a log line or inject markup into a step
 * summary.
 */
public final class PlanRenderer {

  /** How a warning line of {@link #text} starts. */
  private static final String WARNING = "Warning: ";

  private PlanRenderer() {}

  /**
   * Prints the plan line by line: its warnings to {@code warn} (without their {@code Warning: }
   * prefix, which a front end's log adds), the other lines to {@code info}, coloured when asked.
   *
   * @param plan the plan
   * @param colour whether to colour the change lines ({@link #coloured})
   * @param info receives the plan lines
   * @param warn receives the warnings
   */
  public static void print(
      Plan plan, boolean colour, Consumer<String> info, Consumer<String> warn) {
    for (String line : text(plan)) {
      if (line.startsWith(WARNING)) {
        warn.accept(line.substring(WARNING.length()));
      } else {
        info.accept(colour ? coloured(line) : line);
      }
    }
  }

  /**
   * Colours a line of {@link #text} by its symbol, as terminals show Terraform plans: {@code +}
   * green, {@code ~} yellow, {@code -} red; other lines stay as they are. Front ends call it only
   * where their output is a terminal that wants colour.
   *
   * @param line a line of {@link #text}
   * @return the line wrapped in ANSI colour codes, or the line itself
   */
  public static String coloured(String line) {
    String code =
        line.startsWith("  + ")
            ? "\u001B[32m"
            : line.startsWith("  ~ ")
                ? "\u001B[33m"
                : line.startsWith("  - ") ? "\u001B[31m" : null;
    return code == null ? line : code + line + "\u001B[0m";
  }

  /**
   * Renders the plan as text lines.
   *
   * @param plan the plan
   * @return the lines, the summary line last
   */
  public static List<String> text(Plan plan) {
    List<String> lines = new ArrayList<>();
    for (WorkspacePlan workspace : plan.workspaces()) {
      lines.add(
          "Workspace of server '" + workspace.serverId() + "' (" + workspace.baseUrl() + "):");
      int before = lines.size();
      for (Change change : workspace.changes()) {
        render(change, lines);
      }
      if (lines.size() == before) {
        lines.add("  (no changes)");
      }
    }
    for (String warning : plan.warnings()) {
      lines.add(WARNING + warning);
    }
    lines.add(plan.summary());
    return lines.stream().map(SafeText::escape).toList();
  }

  /**
   * Renders the plan as GitHub-flavoured Markdown, for {@code $GITHUB_STEP_SUMMARY}.
   *
   * @param plan the plan
   * @return the Markdown text
   */
  public static String markdown(Plan plan) {
    StringBuilder md = new StringBuilder("### Featurebase webhooks plan\n\n");
    md.append("**").append(Markdown.escape(plan.summary())).append("**\n\n");
    if (plan.hasChanges() || plan.count(Action.UNMANAGED) + plan.count(Action.ROTATING) > 0) {
      md.append("| | webhook | id | changes |\n|---|---|---|---|\n");
      for (WorkspacePlan workspace : plan.workspaces()) {
        for (Change change : workspace.changes()) {
          if (change.action() == Action.NO_OP && !change.suspended()) {
            continue;
          }
          md.append("| `")
              .append(change.action().symbol().isBlank() ? "!" : change.action().symbol())
              .append("` ")
              .append(change.action().verb())
              .append(change.suspended() ? " (suspended by Featurebase)" : "")
              .append(" | ")
              .append(cell(change.name()))
              .append(" | ")
              .append(cell(change.webhookId().orElse("")))
              .append(" | ")
              .append(change.action() == Action.ROTATING ? cell(rotation(change)) : "")
              .append(
                  String.join(
                      "; ",
                      change.fields().stream()
                          .map(
                              f ->
                                  cell(f.field())
                                      + ": "
                                      + cell(f.before())
                                      + " -> "
                                      + cell(f.after()))
                          .toList()))
              .append(" |\n");
        }
      }
    }
    for (String warning : plan.warnings()) {
      md.append("\n> ").append(cell(warning)).append('\n');
    }
    return md.toString();
  }

  private static void render(Change change, List<String> lines) {
    if (change.suspended()) {
      lines.add(
          "  ! suspended "
              + change.label()
              + ": suspended by Featurebase after delivery failures"
              + suspendedOutcome(change));
    }
    switch (change.action()) {
      case NO_OP -> {}
      case ROTATING -> lines.add("  * rotating " + change.label() + ": " + rotation(change));
      case UNMANAGED ->
          lines.add(
              "  ? unmanaged "
                  + change.label()
                  + ": not in the configuration; 'prune: true' would delete it");
      case DELETE -> lines.add("  - delete " + change.label());
      case CREATE, UPDATE -> {
        lines.add(
            "  " + change.action().symbol() + " " + change.action().verb() + " " + change.label());
        for (FieldChange field : change.fields()) {
          lines.add(
              "      "
                  + field.field()
                  + ": "
                  + (change.action() == Action.CREATE
                      ? field.after()
                      : field.before() + " -> " + field.after()));
        }
      }
    }
  }

  /** What an overlap rotation in progress means for this webhook. */
  static String rotation(Change change) {
    Optional<String> original = change.live().flatMap(RotationTwins::originalOf);
    if (original.isEmpty()) {
      return "an overlap rotation is in progress; apply leaves it and its twin alone until"
          + " complete-rotation";
    }
    return "the twin of "
        + original.get()
        + " in an overlap rotation, with the new secret; apply leaves it alone until"
        + " complete-rotation";
  }

  /** What apply does to a suspended webhook: one clause, true for the change's action. */
  private static String suspendedOutcome(Change change) {
    return switch (change.action()) {
      case DELETE -> "; apply deletes it";
      case UNMANAGED, ROTATING -> ""; // their own line says what happens, which is nothing
      default ->
          change.fields().stream()
              .filter(f -> f.field().equals(WebhookDiff.STATUS))
              .findFirst()
              .map(
                  f ->
                      f.after().equals("active")
                          ? "; apply reactivates it and resets its health"
                          : "; apply sets it " + f.after())
              .orElse("; apply leaves it suspended, since its status is in ignoreChanges");
    };
  }

  private static String cell(String text) {
    return Markdown.escape(text);
  }
}
