package io.github.fbhooks.apply;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.json.JsonFiles;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.ResultFile;
import io.github.fbhooks.plan.Action;
import io.github.fbhooks.plan.Change;
import io.github.fbhooks.plan.WorkspacePlan;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What an apply did, machine-readable (format version {@value #FORMAT_VERSION}), written beside
 * {@code plan.json} as {@code apply-result.json}: each change of the plan with its outcome ({@code
 * applied}, {@code failed} or {@code skipped}) and webhook id. It never holds a secret: the secrets
 * of created webhooks go only to their outputs. The fields are documented in docs/goals.md.
 */
public final class ApplyResultJson {

  /** The version of the format; a change that breaks a reader raises it. */
  public static final int FORMAT_VERSION = 1;

  private ApplyResultJson() {}

  /**
   * Writes the result to its file; a failure is a warning, since the changes are made and the log
   * says which.
   *
   * @param report what the apply did
   * @param file the file, {@code apply-result.json}
   * @param words renders references to settings and commands for the front end
   * @param log where a failure is reported
   */
  public static void writeOrWarn(
      Reconciler.Report report, ResultFile file, UnaryOperator<String> words, BuildLog log) {
    file.writeOrWarn(f -> JsonFiles.replace(f, toJson(report, Instant.now(), words)), log);
  }

  /**
   * The result as a JSON tree.
   *
   * @param report what the apply did
   * @param finishedAt when it finished
   * @param words renders references to settings and commands in details for the front end
   * @return the tree
   */
  public static ObjectNode toJson(
      Reconciler.Report report, Instant finishedAt, UnaryOperator<String> words) {
    Map<Change, ChangeOutcome> outcomes = new IdentityHashMap<>();
    report.outcomes().forEach(outcome -> outcomes.put(outcome.change(), outcome));
    ObjectNode root = JsonMappers.json().createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("plannedAt", report.plan().createdAt().toString());
    root.put("finishedAt", finishedAt.toString());
    root.put("complete", report.isComplete());
    ObjectNode summary = root.putObject("summary");
    int applied = 0;
    int failed = 0;
    int skipped = 0;
    ArrayNode workspaces = root.putArray("workspaces");
    for (WorkspacePlan workspace : report.plan().workspaces()) {
      ObjectNode workspaceNode = workspaces.addObject();
      workspaceNode.put("serverId", workspace.serverId());
      workspaceNode.put("baseUrl", workspace.baseUrl());
      ArrayNode changes = workspaceNode.putArray("changes");
      for (Change change : workspace.changes()) {
        if (change.action() == Action.NO_OP) {
          continue;
        }
        ChangeOutcome outcome = outcomes.get(change);
        ObjectNode node = changes.addObject();
        node.put("action", change.action().jsonName());
        node.put("name", change.name());
        if (outcome == null) {
          skipped++;
          change.webhookId().ifPresent(id -> node.put("webhookId", id));
          node.put("outcome", "skipped");
          node.put(
              "detail",
              switch (change.action()) {
                case UNMANAGED -> "not in the configuration; left as it is";
                case ROTATING -> "an overlap rotation is in progress; left as it is";
                default -> "not attempted";
              });
          continue;
        }
        if (outcome.applied()) {
          applied++;
        } else {
          failed++;
        }
        outcome.webhookId().ifPresent(id -> node.put("webhookId", id));
        node.put("outcome", outcome.applied() ? "applied" : "failed");
        node.put("detail", words.apply(outcome.detail()));
      }
    }
    summary.put("applied", applied);
    summary.put("failed", failed);
    summary.put("skipped", skipped);
    summary.put("unchanged", report.plan().count(Action.NO_OP));
    return root;
  }
}
