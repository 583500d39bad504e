package io.github.fbhooks.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan saved to a file ({@link PlanJson#write}) and read back ({@link PlanJson#read}), to be
 * applied exactly: {@link #requireCurrent} checks that it is still the plan, that no webhook it
 * touches changed at Featurebase since and that planning now gives exactly the same changes.
 */
public final class SavedPlan {

  private final JsonNode saved;

  SavedPlan(JsonNode saved) {
    this.saved = saved;
  }

  /**
   * A plan as if it had been saved and read back.
   *
   * @param plan the plan
   * @return the saved plan
   */
  public static SavedPlan of(Plan plan) {
    return new SavedPlan(PlanJson.toJson(plan));
  }

  /** {@return the plan file's tree, for tests of its format} */
  JsonNode tree() {
    return saved;
  }

  /**
   * Compares this plan with a plan computed now.
   *
   * @param fresh the plan computed now from the same configuration and the live workspaces
   * @throws StalePlanException naming every webhook and field that differs
   */
  public void requireCurrent(Plan fresh) {
    List<String> differences = new ArrayList<>();
    JsonNode now = PlanJson.toJson(fresh);
    JsonNode savedWorkspaces = saved.path("workspaces");
    JsonNode freshWorkspaces = now.path("workspaces");
    if (savedWorkspaces.size() != freshWorkspaces.size()) {
      differences.add(
          "the plan covers "
              + savedWorkspaces.size()
              + " workspace(s), the configuration now "
              + freshWorkspaces.size());
    }
    for (int i = 0; i < Math.min(savedWorkspaces.size(), freshWorkspaces.size()); i++) {
      compareWorkspace(savedWorkspaces.get(i), freshWorkspaces.get(i), differences);
    }
    if (!differences.isEmpty()) {
      throw new StalePlanException(differences);
    }
  }

  private static void compareWorkspace(JsonNode saved, JsonNode fresh, List<String> differences) {
    String where = "workspace of server '" + saved.path("serverId").asText() + "': ";
    if (!saved.path("serverId").equals(fresh.path("serverId"))
        || !saved.path("baseUrl").equals(fresh.path("baseUrl"))) {
      differences.add(where + "the configuration now names another server or base URL");
      return;
    }
    Map<String, JsonNode> freshByKey = new HashMap<>();
    fresh.path("changes").forEach(c -> freshByKey.put(key(c), c));
    for (JsonNode change : saved.path("changes")) {
      JsonNode current = freshByKey.remove(key(change));
      String label = label(change);
      if (current == null) {
        differences.add(
            where + label + " is no longer in the plan (the configuration or the webhook changed)");
        continue;
      }
      boolean liveChanged = false;
      for (Map.Entry<String, JsonNode> digest : change.path("liveDigests").properties()) {
        if (!digest.getValue().equals(current.path("liveDigests").path(digest.getKey()))) {
          differences.add(
              where
                  + label
                  + " changed at Featurebase since the plan was made: "
                  + digest.getKey());
          liveChanged = true;
        }
      }
      if (!liveChanged
          && (!change.path("action").equals(current.path("action"))
              || !change.path("fields").equals(current.path("fields"))
              || !change.path("desiredDigest").equals(current.path("desiredDigest")))) {
        differences.add(where + label + ": the configuration changed since the plan was made");
      }
    }
    for (JsonNode extra : freshByKey.values()) {
      if (!"no_change".equals(extra.path("action").asText())) {
        differences.add(
            where
                + label(extra)
                + " would now be planned ("
                + extra.path("action").asText()
                + "), but is not in the saved plan");
      }
    }
  }

  private static String key(JsonNode change) {
    return change.path("webhookId").isNull()
        ? "new:" + change.path("name").asText()
        : "id:" + change.path("webhookId").asText();
  }

  private static String label(JsonNode change) {
    return "webhook '"
        + change.path("name").asText()
        + "'"
        + (change.path("webhookId").isNull() ? "" : " (" + change.path("webhookId").asText() + ")");
  }
}
