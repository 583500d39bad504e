package io.github.fbhooks.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.json.JsonFiles;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.SettingException;
import io.github.fbhooks.words.Words;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.TreeMap;

/**
 * The machine-readable plan (format version {@value #FORMAT_VERSION}), written to {@code
 * target/featurebase/plan.json} and used as a saved plan. Its fields are documented in
 * docs/goals.md; it never holds a secret or a sensitive header value.
 */
public final class PlanJson {

  /** The version of the format; a reader refuses other versions. */
  public static final int FORMAT_VERSION = 1;

  private PlanJson() {}

  /**
   * The plan as a JSON tree.
   *
   * @param plan the plan
   * @return the tree
   */
  static ObjectNode toJson(Plan plan) {
    ObjectNode root = JsonMappers.json().createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("createdAt", plan.createdAt().toString());
    ObjectNode summary = root.putObject("summary");
    summary.put("hasChanges", plan.hasChanges());
    for (Action action : Action.values()) {
      summary.put(action.jsonName(), plan.count(action));
    }
    summary.put("text", plan.summary());
    ArrayNode workspaces = root.putArray("workspaces");
    for (WorkspacePlan workspace : plan.workspaces()) {
      ObjectNode node = workspaces.addObject();
      node.put("serverId", workspace.serverId());
      node.put("baseUrl", workspace.baseUrl());
      ArrayNode changes = node.putArray("changes");
      workspace.changes().forEach(change -> changes.add(toJson(change)));
    }
    ArrayNode warnings = root.putArray("warnings");
    plan.warnings().forEach(warnings::add);
    return root;
  }

  /**
   * Writes the plan as pretty JSON, creating parent directories. The file is replaced in one step
   * (a temporary file beside it, then a move), so a symbolic link at its place, which a pull
   * request could commit under {@code target/}, is replaced rather than written through.
   *
   * @param plan the plan
   * @param file the target file
   * @throws IOException when the file cannot be written
   */
  public static void write(Plan plan, Path file) throws IOException {
    JsonFiles.replace(file, toJson(plan));
  }

  /**
   * Reads a saved plan.
   *
   * @param file the plan file
   * @return the plan, to check with {@link SavedPlan#requireCurrent} before applying it
   * @throws IOException when the file cannot be read or is not a plan of this format version
   */
  public static SavedPlan read(Path file) throws IOException {
    JsonNode root = JsonMappers.json().readTree(file.toFile());
    if (root == null || root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
      throw new IOException(file + " is not an fbhooks plan of format version " + FORMAT_VERSION);
    }
    return new SavedPlan(root);
  }

  /**
   * Reads a saved plan a user named.
   *
   * @param file the plan file
   * @param shown the file as messages name it
   * @return the plan, to check with {@link SavedPlan#requireCurrent} before applying it
   * @throws SettingException when it cannot be read or is no plan, with how to make one
   */
  public static SavedPlan readSaved(Path file, String shown) {
    try {
      return read(file);
    } catch (IOException e) {
      throw new SettingException(
          "Cannot read the saved plan "
              + shown
              + " ("
              + (e instanceof NoSuchFileException || e instanceof FileNotFoundException
                  ? "no such file"
                  : e.getClass().getSimpleName())
              + "). Make one with "
              + Words.command(Command.PLAN, Setting.PLAN_FILE, shown)
              + ".",
          e);
    }
  }

  private static ObjectNode toJson(Change change) {
    ObjectNode node = JsonMappers.json().createObjectNode();
    node.put("action", change.action().jsonName());
    node.put("name", change.name());
    change
        .webhookId()
        .ifPresentOrElse(id -> node.put("webhookId", id), () -> node.putNull("webhookId"));
    node.put("suspended", change.suspended());
    ArrayNode fields = node.putArray("fields");
    for (FieldChange field : change.fields()) {
      fields
          .addObject()
          .put("field", field.field())
          .put("before", field.before())
          .put("after", field.after());
    }
    ObjectNode live = node.putObject("liveDigests");
    new TreeMap<>(change.liveDigests()).forEach(live::put);
    change.desired().ifPresent(d -> node.put("desiredDigest", WebhookDiff.desiredDigest(d)));
    return node;
  }
}
