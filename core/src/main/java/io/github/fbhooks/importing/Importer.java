package io.github.fbhooks.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.config.ConfigException;
import io.github.fbhooks.config.ConfigFormatter;
import io.github.fbhooks.config.ConfigProblem;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.SensitiveHeaders;
import io.github.fbhooks.webhook.Topic;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookStatus;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Writes live webhooks as configuration YAML: ids pinned (so a later rename stays an update), no
 * secrets. Header values that look like credentials are not written: they become {@code ${env:...}}
 * references, listed in a comment, so the file can go under review as it is.
 */
public final class Importer {

  private final String schemaUrl;

  /**
   * @param schemaUrl the JSON Schema the modeline points editors at
   */
  public Importer(String schemaUrl) {
    this.schemaUrl = schemaUrl;
  }

  /**
   * What was imported.
   *
   * @param yaml the configuration text, in canonical form unless there are problems
   * @param environmentVariables the variables the configuration references for header values
   * @param webhooks how many webhooks it declares
   * @param problems what a live webhook holds that a configuration cannot declare (e.g. a reserved
   *     header), as plan and validate will report it; empty when the file is valid
   */
  public record Result(
      String yaml, List<String> environmentVariables, int webhooks, List<ConfigProblem> problems) {

    /** Copies the lists. */
    public Result {
      environmentVariables = List.copyOf(environmentVariables);
      problems = List.copyOf(problems);
    }

    /**
     * {@return what was imported and how to adopt it}
     *
     * @param shown the written file, as messages name it
     */
    public String doneMessage(String shown) {
      return "Imported "
          + webhooks
          + " webhook(s) to "
          + shown
          + ". To manage them, make it the configuration: move it to featurebase/webhooks.yaml (or"
          + " merge its webhooks into yours), or point "
          + Words.setting(Setting.CONFIG)
          + " at it; plan then shows no changes.";
    }

    /** {@return the warnings to log: what plan will refuse, and the variables to set} */
    public List<String> warnings() {
      List<String> warnings = new ArrayList<>();
      if (!problems.isEmpty()) {
        warnings.add(
            "The workspace holds what a configuration cannot declare, so plan will refuse the"
                + " file until it is changed:");
        problems.forEach(problem -> warnings.add("  " + SafeText.escape(problem.toString())));
      }
      if (!environmentVariables.isEmpty()) {
        warnings.add(
            "Header values that look like credentials were not written; the file reads them from"
                + " the environment variables "
                + String.join(", ", environmentVariables)
                + ". Set them before planning.");
      }
      return warnings;
    }
  }

  /**
   * Renders one workspace's live webhooks.
   *
   * @param live the live webhooks
   * @param source where they came from, for the header comment (e.g. the base URL)
   * @param at when they were read
   * @param display how problems name the file to be written
   * @return the YAML and the environment variables it needs
   */
  public Result importWorkspace(List<Webhook> live, String source, Instant at, Path display) {
    List<String> variables = new ArrayList<>();
    ObjectNode root = JsonMappers.yaml().createObjectNode();
    root.put("version", 1);
    root.put("prune", false);
    ArrayNode webhooks = root.putArray("webhooks");
    live.stream()
        .sorted(Comparator.comparing(Webhook::name, String.CASE_INSENSITIVE_ORDER))
        .forEach(webhook -> webhooks.add(toNode(webhook, variables)));
    StringBuilder yaml = new StringBuilder();
    yaml.append("# yaml-language-server: $schema=").append(schemaUrl).append('\n');
    yaml.append("# Imported from ").append(source).append(" at ").append(at).append(".\n");
    yaml.append("# Ids are pinned, so renaming a webhook here keeps it and its secret.\n");
    yaml.append("# Secrets are never imported.\n");
    if (!variables.isEmpty()) {
      yaml.append("# Header values that look like credentials are read from the environment: set ")
          .append(String.join(", ", variables))
          .append(".\n");
    }
    try {
      yaml.append(JsonMappers.yaml().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render YAML", e);
    }
    try {
      String canonical = ConfigFormatter.formatText(yaml.toString(), display);
      return new Result(canonical, variables, live.size(), List.of());
    } catch (ConfigException e) {
      // still written, so the user can see and fix what the workspace holds
      return new Result(yaml.toString(), variables, live.size(), e.problems());
    }
  }

  private static ObjectNode toNode(Webhook webhook, List<String> variables) {
    ObjectNode node = JsonMappers.yaml().createObjectNode();
    node.put("name", webhook.name());
    node.put("id", webhook.id());
    node.put("url", webhook.url());
    if (webhook.description() != null && !webhook.description().isBlank()) {
      node.put("description", webhook.description());
    }
    ArrayNode topics = node.putArray("topics");
    webhook.topics().stream().sorted(Topic.CATALOGUE_ORDER).forEach(topics::add);
    if (webhook.status() == WebhookStatus.PAUSED) {
      node.put("status", "paused");
    }
    RequestConfig config = webhook.requestConfig();
    if (config != null && (config.timeoutMs() != null || !config.headers().isEmpty())) {
      ObjectNode requestConfig = node.putObject("requestConfig");
      if (config.timeoutMs() != null) {
        requestConfig.put("timeoutMs", config.timeoutMs());
      }
      if (!config.headers().isEmpty()) {
        ObjectNode headers = requestConfig.putObject("headers");
        new TreeMap<>(config.headers())
            .forEach(
                (name, value) -> headers.put(name, headerValue(webhook, name, value, variables)));
      }
    }
    if (webhook.status() == WebhookStatus.SUSPENDED) {
      // suspended cannot be declared; ignoring status keeps the import a no-op plan
      node.putArray("ignoreChanges").add("status");
    }
    return node;
  }

  private static String headerValue(
      Webhook webhook, String name, String value, List<String> variables) {
    if (!SensitiveHeaders.looksSensitive(name)) {
      return value;
    }
    String variable =
        ("FEATUREBASE_" + webhook.name() + "_" + name)
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "_");
    variables.add(variable);
    return "${env:" + variable + "}";
  }
}
