package io.github.fbhooks.apply;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.plan.SavedPlans;
import io.github.fbhooks.plan.WorkspaceTasks;
import io.github.fbhooks.secret.SecretSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The apply use case: plan afresh (or check that a saved plan is still the plan), check every
 * secret output, then apply each workspace's changes, several workspaces at once (bounded; those
 * sharing an API key in turn).
 */
public final class Reconciler {

  private final Planning planning;
  private final BuildLog log;

  /**
   * @param planning plans the workspaces and holds their clients
   * @param log progress (never a secret)
   */
  public Reconciler(Planning planning, BuildLog log) {
    this.planning = planning;
    this.log = log;
  }

  /**
   * What to apply.
   *
   * @param config the validated configuration
   * @param filter limits apply to some webhook names
   * @param savedPlan a saved plan that must still be the plan, or empty to apply a fresh one
   * @param parallelism how many requests may run at once per workspace
   * @param secretOutputs where the secret of a created webhook goes, by webhook name
   * @param workspaceParallelism how many workspaces are applied at once, at least 1; workspaces
   *     that share an API key are applied in turn, so at most {@code parallelism} requests of one
   *     key run at once
   */
  public record Request(
      WebhooksConfig config,
      NameFilter filter,
      Optional<JsonNode> savedPlan,
      int parallelism,
      Function<String, List<SecretSink>> secretOutputs,
      int workspaceParallelism) {

    /** Checks the bounds. */
    public Request {
      if (workspaceParallelism < 1) {
        throw new IllegalArgumentException(
            "workspaceParallelism must be at least 1, was " + workspaceParallelism);
      }
    }

    /**
     * A request applying {@value WorkspaceTasks#DEFAULT_WORKSPACE_PARALLELISM} workspaces at once.
     *
     * @param config the validated configuration
     * @param filter limits apply to some webhook names
     * @param savedPlan a saved plan that must still be the plan, or empty to apply a fresh one
     * @param parallelism how many requests may run at once per workspace
     * @param secretOutputs where the secret of a created webhook goes, by webhook name
     */
    public Request(
        WebhooksConfig config,
        NameFilter filter,
        Optional<JsonNode> savedPlan,
        int parallelism,
        Function<String, List<SecretSink>> secretOutputs) {
      this(
          config,
          filter,
          savedPlan,
          parallelism,
          secretOutputs,
          WorkspaceTasks.DEFAULT_WORKSPACE_PARALLELISM);
    }
  }

  /**
   * What apply did.
   *
   * @param plan the plan that was applied
   * @param results one result per workspace, in plan order
   */
  public record Report(Plan plan, List<ApplyResult> results) {

    /** Copies the list. */
    public Report {
      results = List.copyOf(results);
    }

    /** {@return whether every change of every workspace took effect} */
    public boolean isComplete() {
      return results.stream().allMatch(ApplyResult::isComplete);
    }

    /** {@return every change outcome, all workspaces} */
    public List<ChangeOutcome> outcomes() {
      return results.stream().flatMap(r -> r.outcomes().stream()).toList();
    }
  }

  /**
   * Plans, checks, and applies, holding the workspaces' locks (see {@link WorkspaceLocks}) from
   * planning to the last change, so that a second apply of the same workspace in this JVM plans
   * after the first one finished.
   *
   * @param request what to apply
   * @param onPlan called with the plan before anything is applied (to print it)
   * @return what was applied
   */
  public Report apply(Request request, java.util.function.Consumer<Plan> onPlan) {
    List<FeaturebaseClient> clients =
        request.config().workspaces().stream().map(planning::client).toList();
    WorkspaceLocks.Held held = WorkspaceLocks.acquire(clients, log);
    try {
      return applyLocked(request, onPlan);
    } finally {
      held.close();
    }
  }

  private Report applyLocked(Request request, java.util.function.Consumer<Plan> onPlan) {
    Plan plan = planning.plan(request.config(), request.filter());
    request.savedPlan().ifPresent(saved -> SavedPlans.requireCurrent(saved, plan));
    onPlan.accept(plan);
    List<Applier> appliers = new ArrayList<>();
    for (int i = 0; i < plan.workspaces().size(); i++) {
      Applier applier =
          new Applier(
              planning.client(request.config().workspaces().get(i)),
              log,
              request.parallelism(),
              request.secretOutputs());
      applier.preflight(plan.workspaces().get(i));
      appliers.add(applier);
    }
    List<ApplyResult> results =
        WorkspaceTasks.run(
            appliers.size(),
            i -> Planning.keyOf(planning.client(request.config().workspaces().get(i))),
            request.workspaceParallelism(),
            i -> appliers.get(i).apply(plan.workspaces().get(i)));
    return new Report(plan, results);
  }
}
