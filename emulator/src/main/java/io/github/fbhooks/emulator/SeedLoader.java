package io.github.fbhooks.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.Health;
import io.github.fbhooks.webhook.LastStatus;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookId;
import io.github.fbhooks.webhook.WebhookStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the starting webhooks from a seed file: {@code {"webhooks":[...]}} or a bare array. Each
 * entry has the create fields (validated as on create), and may set what create cannot: {@code id},
 * {@code secret}, {@code status} (including suspended), {@code health}, {@code lastStatus}, {@code
 * version}, {@code createdAt}, {@code updatedAt}; {@code object} is accepted when it is {@code
 * "webhook"}, so a saved GET answer is a valid entry.
 *
 * <p>Errors name the file and the entry: {@code seed.json: webhooks[1].topics[0]: unknown topic
 * "post.upvoted"}. Secrets are never part of a message.
 */
final class SeedLoader {

  private static final Set<String> SERVER_FIELDS =
      Set.of(
          "object",
          "id",
          "secret",
          "status",
          "health",
          "lastStatus",
          "version",
          "createdAt",
          "updatedAt");

  private SeedLoader() {}

  /**
   * Loads a seed file.
   *
   * @param file the file
   * @param clock for createdAt and updatedAt when absent
   * @param ids for ids and secrets when absent
   * @param maxWebhooks how many webhooks a workspace may hold
   * @return the webhooks in file order
   * @throws IllegalArgumentException naming the file and the problem
   */
  static List<Webhook> load(Path file, Clock clock, RandomIds ids, int maxWebhooks) {
    JsonNode root;
    try {
      root = EmulatorJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw fail(file, "seed file not found");
    } catch (JsonProcessingException e) {
      throw fail(
          file,
          "not valid JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")"));
    } catch (IOException e) {
      throw fail(file, "cannot read the seed file: " + e);
    }
    JsonNode entries = root;
    if (root.isObject()) {
      for (String field : WebhookValidator.fieldNames((ObjectNode) root)) {
        if (!field.equals("webhooks")) {
          throw fail(file, WebhookValidator.unknownField(field) + ": expected only \"webhooks\"");
        }
      }
      entries = root.get("webhooks");
    }
    if (entries == null || !entries.isArray()) {
      throw fail(file, "expected {\"webhooks\":[...]} or a JSON array of webhooks");
    }
    if (entries.size() > maxWebhooks) {
      throw fail(
          file,
          "webhooks: at most "
              + maxWebhooks
              + " webhooks per workspace, found "
              + entries.size()
              + "; start the emulator with --max-webhooks "
              + entries.size()
              + " to seed them all");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<Webhook> webhooks = new ArrayList<>();
    Set<String> seenIds = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = "webhooks[" + i + "]";
      Webhook webhook = entry(entries.get(i), now, ids, file, where);
      if (!seenIds.add(webhook.id())) {
        throw fail(file, where + ".id: duplicate id " + webhook.id());
      }
      webhooks.add(webhook);
    }
    return List.copyOf(webhooks);
  }

  private static Webhook entry(JsonNode node, Instant now, RandomIds ids, Path file, String where) {
    if (!node.isObject()) {
      throw fail(file, where + ": must be a JSON object");
    }
    ObjectNode obj = (ObjectNode) node;
    Problems problems = new Problems();
    for (String field : WebhookValidator.fieldNames(obj)) {
      if (!WebhookValidator.DRAFT_FIELDS.contains(field) && !SERVER_FIELDS.contains(field)) {
        problems.notSupported(field, WebhookValidator.unknownField(field));
      }
    }
    WebhookDraft draft = WebhookValidator.readDraft(obj, UnknownFields.REFUSE, problems);
    String object = problems.text(obj, "object");
    if (object != null && !object.equals(Webhook.OBJECT)) {
      problems.invalid("object", "object must be \"webhook\"");
    }
    String id = problems.text(obj, "id");
    if (id != null && !WebhookId.isValid(id)) {
      problems.invalid("id", "id must be 24 lowercase hex characters");
    }
    String secretText = problems.text(obj, "secret");
    Secret secret = secretText == null ? null : Secret.of(secretText);
    if (secret != null && !secret.isWellFormedWebhookSecret()) {
      problems.invalid("secret", "secret must be whsec_ followed by printable characters");
    }
    WebhookStatus status = status(problems.text(obj, "status"), problems);
    Health health = typed(obj, "health", Health.class, problems);
    LastStatus lastStatus = typed(obj, "lastStatus", LastStatus.class, problems);
    String version = problems.text(obj, "version");
    Instant createdAt = instant(obj, "createdAt", problems);
    Instant updatedAt = instant(obj, "updatedAt", problems);
    if (!problems.isEmpty()) {
      Problem first = problems.list().get(0);
      String more =
          problems.list().size() > 1 ? " (and " + (problems.list().size() - 1) + " more)" : "";
      String path = first.path().isEmpty() ? where : where + "." + first.path();
      throw fail(file, path + ": " + first.message() + more);
    }
    Instant created = createdAt == null ? now : createdAt;
    return draft
        .toWebhook(
            id == null ? ids.newWebhookId() : id,
            secret == null ? ids.newSecret() : secret,
            created)
        .toBuilder()
        .status(status == null ? WebhookStatus.ACTIVE : status)
        .lastStatus(lastStatus)
        .health(health == null ? WebhookDraft.zeroHealth() : health)
        .version(version == null ? Contract.PAYLOAD_VERSION : version)
        .updatedAt(updatedAt == null ? created : updatedAt)
        .build();
  }

  private static WebhookStatus status(String value, Problems problems) {
    if (value == null) {
      return null;
    }
    Optional<WebhookStatus> status = WebhookStatus.fromWireName(value);
    if (status.isEmpty()) {
      problems.invalid("status", "status must be active, paused or suspended");
    }
    return status.orElse(null);
  }

  private static <T> T typed(ObjectNode obj, String field, Class<T> type, Problems problems) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      problems.invalid(field, field + " must be an object");
      return null;
    }
    try {
      return EmulatorJson.strictReaderFor(type).readValue(n);
    } catch (IOException e) {
      String message =
          e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      problems.invalid(field, field + " is not valid: " + message);
      return null;
    }
  }

  private static Instant instant(ObjectNode obj, String field, Problems problems) {
    String value = problems.text(obj, field);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      problems.invalid(field, field + " must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
      return null;
    }
  }

  private static IllegalArgumentException fail(Path file, String problem) {
    return new IllegalArgumentException(file + ": " + problem);
  }
}
