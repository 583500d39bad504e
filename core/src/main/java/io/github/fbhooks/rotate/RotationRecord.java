package io.github.fbhooks.rotate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.text.Markdown;
import io.github.fbhooks.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One line of the rotation record: every rotation, with either strategy, appends one JSON line to
 * {@code target/featurebase/rotations.jsonl} (and a line to the CI step summary where there is
 * one), so a team can tell later which run rotated which webhook, when, and to which secret. It
 * holds fingerprints, never a secret.
 *
 * @param at when the rotation step ended
 * @param strategy {@code immediate} or {@code overlap}
 * @param phase {@code rotate} (immediate), {@code start} or {@code complete} (overlap)
 * @param outcome what happened, e.g. {@code rotated}, {@code overlap_started}, {@code completed}
 * @param webhookName the webhook's name
 * @param webhookId the webhook whose secret is live now (for an overlap start: the twin)
 * @param replacedWebhookId for an overlap rotation, the webhook the twin replaces
 * @param oldFingerprint the fingerprint of the secret before, where known
 * @param newFingerprint the fingerprint of the secret live now
 * @param ci the CI run's identity, where the environment gives it (checked: printable, short)
 */
public record RotationRecord(
    Instant at,
    String strategy,
    String phase,
    String outcome,
    String webhookName,
    String webhookId,
    Optional<String> replacedWebhookId,
    Optional<String> oldFingerprint,
    String newFingerprint,
    Map<String, String> ci) {

  /** Environment variables that identify a CI run, by the record's key. */
  private static final Map<String, String> CI_VARIABLES = ciVariables();

  /** The longest CI value kept; longer ones are not an identity anyone wrote by hand. */
  private static final int MAX_CI_VALUE = 300;

  /** Checks the parts and copies the map. */
  public RotationRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(webhookName, "webhookName");
    Objects.requireNonNull(webhookId, "webhookId");
    Objects.requireNonNull(replacedWebhookId, "replacedWebhookId");
    Objects.requireNonNull(oldFingerprint, "oldFingerprint");
    Objects.requireNonNull(newFingerprint, "newFingerprint");
    ci = Map.copyOf(ci);
  }

  /**
   * The record of a rotation or an overlap start, or empty for what is no rotation (an export, a
   * dry run, a secret shared with another module).
   *
   * @param result what the rotation did
   * @param at when it ended
   * @param environment the run's environment variables, for its CI identity
   * @return the record
   */
  public static Optional<RotationRecord> of(
      RotationResult result, Instant at, Function<String, String> environment) {
    String strategy;
    String phase;
    switch (result.outcome()) {
      case ROTATED, ROTATED_RESPONSE_LOST, HANDED_OUT_AFTER_INTERRUPTION -> {
        strategy = "immediate";
        phase = "rotate";
      }
      case OVERLAP_STARTED, OVERLAP_RESUMED -> {
        strategy = "overlap";
        phase = "start";
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(
        new RotationRecord(
            at,
            strategy,
            phase,
            result.outcome().name().toLowerCase(java.util.Locale.ROOT),
            result.webhookName(),
            result.webhookId(),
            result.replacedWebhookId(),
            Optional.of(result.oldFingerprint()),
            result.newFingerprint(),
            ciOf(environment)));
  }

  /**
   * The record of a completed overlap rotation.
   *
   * @param completion what the completion did
   * @param at when it ended
   * @param environment the run's environment variables, for its CI identity
   * @return the record
   */
  public static RotationRecord of(
      RotationCompletion completion, Instant at, Function<String, String> environment) {
    return new RotationRecord(
        at,
        "overlap",
        "complete",
        "completed",
        completion.webhookName(),
        completion.webhookId(),
        Optional.of(completion.replacedWebhookId()),
        completion.oldFingerprint(),
        completion.newFingerprint(),
        ciOf(environment));
  }

  /**
   * Appends this record as one JSON line, creating the file and its directory as needed. One write
   * per line, so concurrent appends do not interleave within a line.
   *
   * @param file e.g. {@code target/featurebase/rotations.jsonl}
   * @throws IOException when the file cannot be written
   */
  public void appendTo(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    String line = JsonMappers.json().writeValueAsString(toJson()) + "\n";
    Files.writeString(
        file,
        line,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
  }

  /** {@return the record as the JSON object of its line} */
  public ObjectNode toJson() {
    ObjectNode node = JsonMappers.json().createObjectNode();
    node.put("at", at.toString());
    node.put("strategy", strategy);
    node.put("phase", phase);
    node.put("outcome", outcome);
    node.put("webhookName", webhookName);
    node.put("webhookId", webhookId);
    replacedWebhookId.ifPresent(id -> node.put("replacedWebhookId", id));
    oldFingerprint.ifPresent(f -> node.put("oldFingerprint", f));
    node.put("newFingerprint", newFingerprint);
    ObjectNode run = node.putObject("ci");
    ci.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> run.put(e.getKey(), e.getValue()));
    return node;
  }

  /** {@return one Markdown line for a CI step summary, every value escaped} */
  public String markdownLine() {
    return "- Featurebase webhook secret: "
        + strategy
        + " rotation, "
        + phase
        + " ("
        + outcome.replace('_', ' ')
        + "): webhook "
        + Markdown.escape(SafeText.escape(webhookName))
        + " `"
        + webhookId
        + "`"
        + replacedWebhookId.map(id -> ", replaces `" + id + "`").orElse("")
        + ", secret "
        + oldFingerprint.map(f -> "`" + f + "` → ").orElse("")
        + "`"
        + newFingerprint
        + "` at "
        + at
        + Optional.ofNullable(ci.get("runUrl")).map(url -> " ([run](" + url + "))").orElse("")
        + "\n";
  }

  /** The CI identity the environment gives: printable values only, each at most 300 characters. */
  static Map<String, String> ciOf(Function<String, String> environment) {
    Map<String, String> ci = new LinkedHashMap<>();
    CI_VARIABLES.forEach(
        (key, variable) -> {
          String value = environment.apply(variable);
          if (value != null && isPlain(value)) {
            ci.put(key, value);
          }
        });
    String server = environment.apply("GITHUB_SERVER_URL");
    String repository = environment.apply("GITHUB_REPOSITORY");
    String runId = environment.apply("GITHUB_RUN_ID");
    if (server != null && repository != null && runId != null) {
      String url = server + "/" + repository + "/actions/runs/" + runId;
      if (isPlain(url) && url.startsWith("https://") && runId.matches("\\d{1,20}")) {
        ci.put("runUrl", url);
      }
    }
    String gitlab = environment.apply("CI_PIPELINE_URL");
    if (gitlab != null && isPlain(gitlab) && gitlab.startsWith("https://")) {
      ci.putIfAbsent("runUrl", gitlab);
    }
    String jenkins = environment.apply("BUILD_URL");
    if (jenkins != null && isPlain(jenkins) && jenkins.matches("https?://.*")) {
      ci.putIfAbsent("runUrl", jenkins);
    }
    return ci;
  }

  private static boolean isPlain(String value) {
    return !value.isBlank()
        && value.length() <= MAX_CI_VALUE
        && SafeText.firstUnsafe(value) < 0
        && value.chars().noneMatch(c -> c == '(' || c == ')' || c == '`' || c == '<' || c == '>');
  }

  private static Map<String, String> ciVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    for (List<String> pair :
        List.of(
            List.of("githubRepository", "GITHUB_REPOSITORY"),
            List.of("githubRunId", "GITHUB_RUN_ID"),
            List.of("githubRunAttempt", "GITHUB_RUN_ATTEMPT"),
            List.of("githubWorkflow", "GITHUB_WORKFLOW"),
            List.of("githubActor", "GITHUB_ACTOR"),
            List.of("githubRef", "GITHUB_REF"),
            List.of("githubSha", "GITHUB_SHA"),
            List.of("gitlabProject", "CI_PROJECT_PATH"),
            List.of("gitlabPipelineId", "CI_PIPELINE_ID"),
            List.of("gitlabJobId", "CI_JOB_ID"),
            List.of("gitlabCommitSha", "CI_COMMIT_SHA"),
            List.of("jenkinsJob", "JOB_NAME"),
            List.of("jenkinsBuild", "BUILD_NUMBER"))) {
      variables.put(pair.get(0), pair.get(1));
    }
    return Map.copyOf(variables);
  }
}
