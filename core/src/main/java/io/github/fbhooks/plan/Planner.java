package io.github.fbhooks.plan;

import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.webhook.RotationTwins;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Diffs one workspace's declared webhooks against its live ones. A pure function of its inputs: it
 * sends nothing.
 *
 * <p>Identity: a declared webhook matches the live one with its pinned {@code id}, else the live
 * one with the same name. So a rename with a pinned id is an update (the webhook keeps its secret);
 * without one it would be a create and a delete, which the plan points out.
 */
public final class Planner {

  /**
   * Plans one workspace.
   *
   * @param workspace the declared webhooks
   * @param baseUrl the API base URL, for the plan's record
   * @param live every live webhook of the workspace
   * @param filter limits the plan to some webhook names
   * @param warnings receives non-blocking findings
   * @return the plan
   * @throws PlanException when the configuration cannot be reconciled with the live webhooks
   */
  public WorkspacePlan plan(
      WorkspaceConfig workspace,
      String baseUrl,
      List<Webhook> live,
      NameFilter filter,
      List<String> warnings) {
    List<String> problems = new ArrayList<>();
    Map<String, Webhook> unmatched = new LinkedHashMap<>();
    live.forEach(w -> unmatched.put(w.id(), w));
    // the twins of overlap rotations in progress are never matched, changed or deleted
    Map<String, Webhook> twins = new LinkedHashMap<>();
    for (Webhook webhook : live) {
      RotationTwins.originalOf(webhook)
          .ifPresent(
              original -> {
                twins.put(original, webhook);
                unmatched.remove(webhook.id());
              });
    }
    List<DesiredWebhook> declared =
        workspace.webhooks().stream().filter(d -> filter.matches(d.name())).toList();

    Map<DesiredWebhook, Webhook> pairs = new LinkedHashMap<>();
    for (DesiredWebhook desired : declared) {
      desired.id().ifPresent(id -> matchById(desired, id, unmatched, twins, pairs, problems));
    }
    for (DesiredWebhook desired : declared) {
      if (desired.id().isEmpty()) {
        matchByName(desired, unmatched, twins, pairs, problems);
      }
    }

    List<Change> changes = new ArrayList<>();
    List<Webhook> shownTwins = new ArrayList<>();
    for (DesiredWebhook desired : declared) {
      Webhook match = pairs.get(desired);
      if (match == null) {
        changes.add(create(desired));
      } else if (twins.containsKey(match.id()) || RotationTwins.isTwin(match)) {
        changes.add(rotating(match, Optional.of(desired)));
        Optional.ofNullable(twins.get(match.id()))
            .ifPresent(
                twin -> {
                  changes.add(rotating(twin, Optional.of(desired)));
                  shownTwins.add(twin);
                });
        if (RotationTwins.isTwin(match)) {
          shownTwins.add(match);
        }
      } else {
        changes.add(update(desired, match));
      }
    }
    for (Webhook leftover : unmatched.values()) {
      if (!filter.matches(leftover.name())) {
        continue;
      }
      Webhook twin = twins.get(leftover.id());
      if (twin == null) {
        changes.add(leftover(leftover, workspace.prune()));
      } else {
        changes.add(rotating(leftover, Optional.empty()));
        changes.add(rotating(twin, Optional.empty()));
        shownTwins.add(twin);
      }
    }
    for (Webhook twin : twins.values()) {
      if (!shownTwins.contains(twin) && filter.matches(twin.name())) {
        changes.add(rotating(twin, Optional.empty()));
      }
    }
    checkRenames(changes, warnings, problems);
    checkCapacity(changes, live.size(), workspace, warnings);
    if (!problems.isEmpty()) {
      throw new PlanException(problems);
    }
    return new WorkspacePlan(workspace.serverId(), baseUrl, changes);
  }

  private static void matchById(
      DesiredWebhook desired,
      String id,
      Map<String, Webhook> unmatched,
      Map<String, Webhook> twins,
      Map<DesiredWebhook, Webhook> pairs,
      List<String> problems) {
    Webhook live = unmatched.remove(id);
    if (live == null && twins.containsKey(id)) {
      // the original is gone but its twin remains: a complete-rotation that did not finish
      pairs.put(desired, twins.get(id));
      return;
    }
    if (live == null) {
      Optional<Webhook> sameName =
          unmatched.values().stream().filter(w -> w.name().equals(desired.name())).findFirst();
      problems.add(
          desired.location()
              + ": webhook '"
              + desired.name()
              + "' pins id "
              + id
              + ", which does not exist in the workspace. "
              + sameName
                  .map(
                      w ->
                          "A live webhook of that name has id "
                              + w.id()
                              + ": an overlap rotation (complete-rotation) gives the webhook a"
                              + " new id. Pin the new one: 'id: "
                              + w.id()
                              + "'.")
                  .orElse(
                      "Correct the id, or remove it to create a new webhook (with a new id and a"
                          + " new secret)."));
      return;
    }
    pairs.put(desired, live);
  }

  private static void matchByName(
      DesiredWebhook desired,
      Map<String, Webhook> unmatched,
      Map<String, Webhook> twins,
      Map<DesiredWebhook, Webhook> pairs,
      List<String> problems) {
    List<Webhook> named =
        unmatched.values().stream().filter(w -> desired.name().equals(w.name())).toList();
    if (named.isEmpty()) {
      // a twin whose original is gone: a complete-rotation that did not finish
      twins.entrySet().stream()
          .filter(e -> !unmatched.containsKey(e.getKey()))
          .map(Map.Entry::getValue)
          .filter(w -> desired.name().equals(w.name()))
          .findFirst()
          .ifPresent(twin -> pairs.put(desired, twin));
      return;
    }
    if (named.size() > 1) {
      problems.add(
          desired.location()
              + ": several live webhooks are named '"
              + desired.name()
              + "' ("
              + named.stream().map(Webhook::id).collect(Collectors.joining(", "))
              + "). Pin the one to manage with 'id:' in the configuration.");
      return;
    }
    if (named.size() == 1) {
      Webhook live = named.get(0);
      unmatched.remove(live.id());
      pairs.put(desired, live);
    }
  }

  private static Change create(DesiredWebhook desired) {
    return new Change(
        Action.CREATE,
        desired.name(),
        Optional.empty(),
        WebhookDiff.creation(desired),
        false,
        Map.of(),
        Optional.of(desired),
        Optional.empty());
  }

  private static Change update(DesiredWebhook desired, Webhook live) {
    List<FieldChange> fields = WebhookDiff.changes(desired, live);
    return new Change(
        fields.isEmpty() ? Action.NO_OP : Action.UPDATE,
        desired.name(),
        Optional.of(live.id()),
        fields,
        live.status() == WebhookStatus.SUSPENDED,
        WebhookDiff.liveDigests(live),
        Optional.of(desired),
        Optional.of(live));
  }

  /** An original or a twin of an overlap rotation in progress: left alone until it completes. */
  private static Change rotating(Webhook live, Optional<DesiredWebhook> desired) {
    return new Change(
        Action.ROTATING,
        live.name(),
        Optional.of(live.id()),
        List.of(),
        live.status() == WebhookStatus.SUSPENDED,
        WebhookDiff.liveDigests(live),
        desired,
        Optional.of(live));
  }

  private static Change leftover(Webhook live, boolean prune) {
    return new Change(
        prune ? Action.DELETE : Action.UNMANAGED,
        live.name(),
        Optional.of(live.id()),
        List.of(),
        live.status() == WebhookStatus.SUSPENDED,
        WebhookDiff.liveDigests(live),
        Optional.empty(),
        Optional.of(live));
  }

  /** A create and a delete (or unmanaged) with the same URL and topics are likely a rename. */
  private static void checkRenames(
      List<Change> changes, List<String> warnings, List<String> problems) {
    for (Change create : changes) {
      if (create.action() != Action.CREATE) {
        continue;
      }
      DesiredWebhook desired = create.desired().orElseThrow();
      for (Change other : changes) {
        if (other.action() != Action.DELETE && other.action() != Action.UNMANAGED) {
          continue;
        }
        Webhook live = other.live().orElseThrow();
        boolean lookAlike =
            desired.url().equals(live.url())
                && new TreeSet<>(desired.topics()).equals(new TreeSet<>(live.topics()));
        if (!lookAlike) {
          continue;
        }
        String pin =
            "pin 'id: " + live.id() + "' on '" + desired.name() + "' to rename it in place";
        if (other.action() == Action.DELETE && desired.preventDestroy()) {
          problems.add(
              desired.location()
                  + ": webhook '"
                  + desired.name()
                  + "' has preventDestroy, and this plan would replace "
                  + other.label()
                  + " with it (a rename without a pinned id): "
                  + pin
                  + ".");
        } else {
          warnings.add(
              "'"
                  + desired.name()
                  + "' would be created while "
                  + other.label()
                  + (other.action() == Action.DELETE ? " is deleted" : " stays unmanaged")
                  + ": same URL and topics, so this looks like a rename. A new webhook gets a new"
                  + " secret; "
                  + pin
                  + ".");
        }
      }
    }
  }

  /**
   * Warns when the creates would take the workspace past Featurebase's default limit. A workspace's
   * plan can raise the limit, so this never blocks: apply sends the creates and the server decides.
   */
  private static void checkCapacity(
      List<Change> changes, int liveCount, WorkspaceConfig workspace, List<String> warnings) {
    List<Change> creates = changes.stream().filter(c -> c.action() == Action.CREATE).toList();
    long kept = liveCount - changes.stream().filter(c -> c.action() == Action.DELETE).count();
    long after = kept + creates.size();
    int limit = WorkspaceConfig.DEFAULT_MAX_WEBHOOKS;
    if (creates.isEmpty() || after <= limit) {
      return;
    }
    long past = Math.min(after - limit, creates.size());
    DesiredWebhook first = creates.get((int) (creates.size() - past)).desired().orElseThrow();
    warnings.add(
        first.location()
            + ": after this plan the workspace of server '"
            + workspace.serverId()
            + "' would hold "
            + after
            + " webhooks, more than Featurebase's default limit of "
            + limit
            + "; '"
            + first.name()
            + "', declared here, is the first create past it. A workspace's plan can raise the"
            + " limit, so apply still sends every create; where the limit is "
            + limit
            + ", "
            + past
            + (past == 1 ? " create fails" : " creates fail")
            + " with \"Maximum number of webhooks reached\" and the rest are applied. To stay"
            + " within it, remove webhooks, set 'prune: true' to delete undeclared ones, or move"
            + " some to another workspace.");
  }
}
