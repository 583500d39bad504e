package io.github.fbhooks.apply;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.SecretOutputNames;
import io.github.fbhooks.config.WebhooksConfig;
import io.github.fbhooks.config.WorkspaceConfig;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.plan.Change;
import io.github.fbhooks.plan.NameFilter;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.Planning;
import io.github.fbhooks.plan.SavedPlan;
import io.github.fbhooks.plan.WorkspacePlan;
import io.github.fbhooks.plan.WorkspaceTasks;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.SettingException;
import io.github.fbhooks.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The apply use case: plan afresh (or check that a saved plan is still the plan), check every
 * secret output, then apply each workspace's changes, several workspaces at once (bounded; those
 * sharing an API key in turn).
 */
public final class Reconciler {

  /** Requests at once per workspace unless the user sets another number. */
  public static final int DEFAULT_PARALLELISM = 4;

  /** The most requests at once per workspace a user may set. */
  public static final int MAX_PARALLELISM = 32;

  private final Planning planning;
  private final BuildLog log;
  private final IntentJournal journal;

  /**
   * Checks a parallelism (requests at once per workspace) a user set.
   *
   * @param value the value, 1 to {@value #MAX_PARALLELISM}
   * @return the value
   * @throws SettingException for a value out of range, naming the setting and its default
   */
  public static int requireParallelism(int value) {
    return SettingException.requireWithin(
        Setting.PARALLELISM, value, MAX_PARALLELISM, DEFAULT_PARALLELISM);
  }

  /**
   * A reconciler that keeps no intent markers.
   *
   * @param planning plans the workspaces and holds their clients
   * @param log progress (never a secret)
   */
  public Reconciler(Planning planning, BuildLog log) {
    this(planning, log, IntentJournal.none());
  }

  /**
   * @param planning plans the workspaces and holds their clients
   * @param log progress (never a secret)
   * @param journal where each create's intent is recorded until its secret is handed out, so an
   *     interrupted apply is noticed, and its secrets handed out, by the next one
   */
  public Reconciler(Planning planning, BuildLog log, IntentJournal journal) {
    this.planning = planning;
    this.log = log;
    this.journal = journal;
  }

  /**
   * What to apply.
   *
   * @param config the validated configuration
   * @param filter limits apply to some webhook names
   * @param savedPlan a saved plan that must still be the plan, or empty to apply a fresh one
   * @param parallelism how many requests may run at once per workspace
   * @param secretOutputs where the secret of a created webhook goes, by its output key ({@link
   *     SecretOutputNames#keyOf})
   * @param workspaceParallelism how many workspaces are applied at once, at least 1; workspaces
   *     that share an API key are applied in turn, so at most {@code parallelism} requests of one
   *     key run at once
   */
  public record Request(
      WebhooksConfig config,
      NameFilter filter,
      Optional<SavedPlan> savedPlan,
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
     * @param secretOutputs where the secret of a created webhook goes, by its output key
     */
    public Request(
        WebhooksConfig config,
        NameFilter filter,
        Optional<SavedPlan> savedPlan,
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

    /**
     * {@return for an incomplete apply, the one paragraph that says exactly what was applied and
     * what failed, and what to do}
     */
    public String incompleteMessage() {
      return "Apply incomplete. Applied: "
          + lines(outcomes().stream().filter(ChangeOutcome::applied).toList())
          + ". Failed: "
          + lines(outcomes().stream().filter(o -> !o.applied()).toList())
          + ". Fix the cause and run "
          + Words.command(Command.APPLY)
          + " again: it plans afresh and converges.";
    }

    /** {@return the line of the last run of a front end, e.g. {@code Apply complete: ...}} */
    public String completeMessage() {
      return outcomes().isEmpty()
          ? "Nothing to apply."
          : "Apply complete: " + outcomes().size() + " change(s) applied.";
    }

    private static String lines(List<ChangeOutcome> outcomes) {
      return outcomes.isEmpty()
          ? "none"
          : outcomes.stream().map(ChangeOutcome::line).collect(Collectors.joining("; "));
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
    request.savedPlan().ifPresent(saved -> saved.requireCurrent(plan));
    onPlan.accept(plan);
    List<Applier> appliers = new ArrayList<>();
    try {
      for (int i = 0; i < plan.workspaces().size(); i++) {
        WorkspaceConfig workspace = request.config().workspaces().get(i);
        Function<DesiredWebhook, List<SecretSink>> outputs =
            desired ->
                request
                    .secretOutputs()
                    .apply(SecretOutputNames.keyOf(request.config(), workspace, desired));
        Applier applier =
            new Applier(planning.client(workspace), log, request.parallelism(), outputs, journal);
        appliers.add(applier);
        handOutInterruptedCreates(
            plan.workspaces().get(i), applier, planning.client(workspace), request.filter());
        applier.preflight(plan.workspaces().get(i));
      }
      AtomicInteger finished = new AtomicInteger();
      List<ApplyResult> results =
          WorkspaceTasks.run(
              appliers.size(),
              i -> Planning.keyOf(planning.client(request.config().workspaces().get(i))),
              request.workspaceParallelism(),
              i -> {
                ApplyResult result = appliers.get(i).apply(plan.workspaces().get(i));
                if (appliers.size() > 1) {
                  log.info(
                      progressLine(
                          plan.workspaces().get(i),
                          result,
                          finished.incrementAndGet(),
                          appliers.size()));
                }
                return result;
              });
      return new Report(plan, results);
    } finally {
      appliers.forEach(Applier::release);
    }
  }

  private static String progressLine(
      WorkspacePlan workspace, ApplyResult result, int finished, int workspaces) {
    int changes = result.outcomes().size();
    String outcome =
        changes == 0
            ? "nothing to change"
            : result.isComplete()
                ? changes + (changes == 1 ? " change applied" : " changes applied")
                : result.applied().size()
                    + " of "
                    + changes
                    + " changes applied, "
                    + result.failed().size()
                    + " failed";
    return "Applied workspace "
        + SafeText.quote(workspace.serverId())
        + " at "
        + workspace.baseUrl()
        + ": "
        + outcome
        + " ("
        + finished
        + " of "
        + workspaces
        + " workspaces).";
  }

  /**
   * An earlier apply that was interrupted between a create and handing out its secret left a
   * marker: the webhook may exist with a secret nobody has. Where the plan shows it live, its
   * secret is handed out to the outputs it would have had; where it does not exist, the create
   * never took effect and this apply makes it.
   */
  private void handOutInterruptedCreates(
      WorkspacePlan plan, Applier applier, FeaturebaseClient client, NameFilter filter) {
    for (IntentJournal.Intent intent :
        journal.findAll(IntentJournal.Kind.CREATE, client.settings().baseUrl())) {
      if (!filter.matches(intent.subject())) {
        continue; // the plan does not show it; an apply that includes it hands it out
      }
      Optional<Change> live =
          plan.changes().stream()
              .filter(c -> c.live().isPresent() && c.live().get().name().equals(intent.subject()))
              .findFirst();
      String started =
          "An earlier apply started creating the webhook "
              + SafeText.quote(intent.webhookName())
              + " at "
              + intent.startedAt()
              + " and was interrupted";
      if (live.isEmpty()) {
        log.warn(started + " before the webhook existed; nothing was lost.");
        journal.clear(intent);
        continue;
      }
      Webhook webhook = live.get().live().get();
      Optional<DesiredWebhook> desired = live.get().desired();
      if (desired.isEmpty()) {
        log.warn(
            started
                + " after creating it ("
                + webhook.id()
                + "), and its secret was never handed out. The configuration no longer declares"
                + " it; get its secret with "
                + Words.command(
                    Command.EXPORT_SECRET,
                    Setting.WEBHOOK_ID,
                    webhook.id(),
                    Setting.SECRET_FILE,
                    "<file>")
                + ".");
        journal.clear(intent);
        continue;
      }
      log.warn(
          started
              + " after creating it ("
              + webhook.id()
              + "), before handing out its secret; handing it out now.");
      try {
        applier.handOverSecret(desired.get(), webhook);
        journal.clear(intent);
      } catch (SecretOutputException e) {
        throw new SecretOutputException(
            started
                + " after creating it ("
                + webhook.id()
                + "), and its secret could not be handed out now either: "
                + Words.of(e)
                + " Fix the output and apply again, or get the secret with "
                + Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_ID, webhook.id())
                + ". Nothing was changed at Featurebase.",
            e);
      }
    }
  }
}
