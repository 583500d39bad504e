package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.Topic;
import io.github.fbhooks.webhook.WebhookStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates create and update bodies field by field, the way Featurebase does: an unknown field is
 * refused ({@code parameter_not_supported}) or ignored, as {@link UnknownFields} says, wrong types
 * are {@code invalid_parameter}, absent required fields {@code missing_parameter}. All problems of
 * a body are collected, the first one decides the code.
 */
final class WebhookValidator {

  /** The fields a create body and a seed entry share. */
  static final Set<String> DRAFT_FIELDS =
      Set.of("name", "url", "topics", "description", "requestConfig");

  static final Set<String> UPDATE_FIELDS =
      Set.of("name", "url", "topics", "description", "requestConfig", "status");

  static final Set<String> REQUEST_CONFIG_FIELDS = Set.of("timeoutMs", "headers");

  private static final String NULL_REQUEST_CONFIG =
      "requestConfig cannot be null: every webhook has one (timeoutMs "
          + Contract.DEFAULT_TIMEOUT_MS
          + " by default); send {\"headers\": {}} to remove the custom headers";

  private WebhookValidator() {}

  /**
   * Validates a {@code POST /v2/webhooks} body.
   *
   * @param body the parsed body
   * @param unknown what a field the create schema lacks gets ({@code status} is one)
   * @return the draft
   * @throws ApiException with every problem found
   */
  static WebhookDraft validateCreate(ObjectNode body, UnknownFields unknown) {
    Problems problems = new Problems();
    for (String field : fieldNames(body)) {
      if (field.equals("status")) {
        unknownField(
            unknown,
            problems,
            "status",
            "status cannot be set when creating a webhook: create it, then PATCH"
                + " {\"status\":\"paused\"}");
      } else if (!DRAFT_FIELDS.contains(field)) {
        unknownField(unknown, problems, field, unknownField(field));
      }
    }
    if (body.has("requestConfig") && body.get("requestConfig").isNull()) {
      problems.invalid("requestConfig", NULL_REQUEST_CONFIG);
    }
    WebhookDraft draft = readDraft(body, unknown, problems);
    problems.throwIfAny();
    return draft;
  }

  /**
   * Reads the draft fields of an object, ignoring other fields (callers check those).
   *
   * @param obj a create body or a seed entry
   * @param unknown what a field of {@code requestConfig} the schema lacks gets
   * @param problems where problems go
   * @return the draft, or null when a problem was found
   */
  static WebhookDraft readDraft(ObjectNode obj, UnknownFields unknown, Problems problems) {
    int before = problems.list().size();
    String name = text(obj, "name", problems);
    if (name == null && isAbsent(obj.get("name"))) {
      problems.missing("name", "name is required");
    }
    checkName(name, problems);
    String url = text(obj, "url", problems);
    if (url == null && isAbsent(obj.get("url"))) {
      problems.missing("url", "url is required");
    }
    checkUrl(url, problems);
    List<String> topics = null;
    if (isAbsent(obj.get("topics"))) {
      problems.missing("topics", "topics is required: at least one topic");
    } else {
      topics = topics(obj.get("topics"), problems);
    }
    String description = text(obj, "description", problems);
    checkDescription(description, problems);
    RequestConfig requestConfig = null;
    JsonNode rc = obj.get("requestConfig");
    if (!isAbsent(rc)) {
      RequestConfigPatch parsed = requestConfig(rc, unknown, problems);
      requestConfig = parsed == null ? null : parsed.applyTo(null);
    }
    if (problems.list().size() > before) {
      return null;
    }
    return new WebhookDraft(name, url, topics, description, requestConfig);
  }

  /**
   * Validates a {@code PATCH /v2/webhooks/{id}} body.
   *
   * @param body the parsed body
   * @param unknown what a field the update schema lacks gets
   * @return the patch
   * @throws ApiException with every problem found
   */
  static WebhookPatch validateUpdate(ObjectNode body, UnknownFields unknown) {
    Problems problems = new Problems();
    for (String field : fieldNames(body)) {
      if (!UPDATE_FIELDS.contains(field)) {
        unknownField(unknown, problems, field, unknownField(field));
      }
    }
    Change<String> name = null;
    if (body.has("name")) {
      String value = notNullText(body, "name", problems);
      checkName(value, problems);
      name = Change.to(value);
    }
    Change<String> url = null;
    if (body.has("url")) {
      String value = notNullText(body, "url", problems);
      checkUrl(value, problems);
      url = Change.to(value);
    }
    Change<String> description = null;
    if (body.has("description")) {
      String value = text(body, "description", problems);
      checkDescription(value, problems);
      description = Change.to(value);
    }
    Change<List<String>> topics = null;
    if (body.has("topics")) {
      if (body.get("topics").isNull()) {
        problems.invalid("topics", "topics cannot be null: send at least one topic");
      } else {
        topics = Change.to(topics(body.get("topics"), problems));
      }
    }
    WebhookStatus status = body.has("status") ? status(body.get("status"), problems) : null;
    Change<RequestConfigPatch> requestConfig = null;
    if (body.has("requestConfig")) {
      JsonNode rc = body.get("requestConfig");
      if (rc.isNull()) {
        problems.invalid("requestConfig", NULL_REQUEST_CONFIG);
      } else {
        requestConfig = Change.to(requestConfig(rc, unknown, problems));
      }
    }
    problems.throwIfAny();
    return new WebhookPatch(name, url, description, topics, status, requestConfig);
  }

  static String unknownField(String field) {
    return "unknown field \"" + field + "\"";
  }

  /** A field the schema lacks: a problem, or nothing when such fields are ignored. */
  private static void unknownField(
      UnknownFields unknown, Problems problems, String path, String message) {
    if (unknown == UnknownFields.REFUSE) {
      problems.notSupported(path, message);
    }
  }

  static List<String> fieldNames(ObjectNode obj) {
    List<String> names = new ArrayList<>();
    obj.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull();
  }

  /** A string field; absent or null gives null, another type a problem. */
  private static String text(ObjectNode obj, String field, Problems problems) {
    JsonNode node = obj.get(field);
    if (isAbsent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      problems.invalid(field, field + " must be a string");
      return null;
    }
    return node.textValue();
  }

  private static String notNullText(ObjectNode obj, String field, Problems problems) {
    if (obj.get(field).isNull()) {
      problems.invalid(field, field + " cannot be null");
      return null;
    }
    return text(obj, field, problems);
  }

  private static void checkName(String name, Problems problems) {
    if (name != null && (name.isEmpty() || name.length() > Contract.MAX_NAME_LENGTH)) {
      problems.invalid(
          "name", "name must be 1 to " + Contract.MAX_NAME_LENGTH + " characters long");
    }
  }

  private static void checkUrl(String url, Problems problems) {
    if (url != null) {
      WebhookUrls.problem(url).ifPresent(message -> problems.invalid("url", message));
    }
  }

  private static void checkDescription(String description, Problems problems) {
    if (description != null && description.length() > Contract.MAX_DESCRIPTION_LENGTH) {
      problems.invalid(
          "description",
          "description must be at most " + Contract.MAX_DESCRIPTION_LENGTH + " characters long");
    }
  }

  private static List<String> topics(JsonNode node, Problems problems) {
    if (!node.isArray()) {
      problems.invalid("topics", "topics must be an array of topic names");
      return null;
    }
    if (node.isEmpty()) {
      problems.invalid("topics", "topics must contain at least one topic");
      return null;
    }
    List<String> topics = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      String path = "topics[" + i + "]";
      if (!element.isTextual()) {
        problems.invalid(path, "a topic must be a string");
      } else if (Topic.fromWireName(element.textValue()).isEmpty()) {
        problems.invalid(path, "unknown topic \"" + element.textValue() + "\"");
      } else if (!seen.add(element.textValue())) {
        problems.invalid(path, "duplicate topic \"" + element.textValue() + "\"");
      } else {
        topics.add(element.textValue());
      }
    }
    return topics;
  }

  private static WebhookStatus status(JsonNode node, Problems problems) {
    Optional<WebhookStatus> status =
        WebhookStatus.fromWireName(node.isTextual() ? node.textValue() : null);
    if (status.isEmpty()) {
      problems.invalid("status", "status must be active or paused");
      return null;
    }
    if (!status.get().isUserSettable()) {
      problems.invalid(
          "status", "status suspended is set only by Featurebase: ask for active or paused");
      return null;
    }
    return status.get();
  }

  /** Reads a requestConfig object; absent sub-fields stay null (unchanged on PATCH). */
  private static RequestConfigPatch requestConfig(
      JsonNode node, UnknownFields unknown, Problems problems) {
    if (!node.isObject()) {
      problems.invalid("requestConfig", "requestConfig must be an object");
      return null;
    }
    ObjectNode obj = (ObjectNode) node;
    for (String field : fieldNames(obj)) {
      if (!REQUEST_CONFIG_FIELDS.contains(field)) {
        unknownField(unknown, problems, "requestConfig." + field, unknownField(field));
      }
    }
    Change<Integer> timeout = null;
    if (obj.has("timeoutMs")) {
      timeout = Change.to(timeoutMs(obj.get("timeoutMs"), problems));
    }
    Change<Map<String, String>> headers = null;
    if (obj.has("headers")) {
      headers = Change.to(headers(obj.get("headers"), problems));
    }
    return new RequestConfigPatch(timeout, headers);
  }

  private static Integer timeoutMs(JsonNode node, Problems problems) {
    String path = "requestConfig.timeoutMs";
    String range = RequestConfig.MIN_TIMEOUT_MS + " to " + RequestConfig.MAX_TIMEOUT_MS;
    if (!node.isIntegralNumber()) {
      problems.invalid(path, "timeoutMs must be an integer from " + range);
      return null;
    }
    if (!node.canConvertToInt()
        || node.intValue() < RequestConfig.MIN_TIMEOUT_MS
        || node.intValue() > RequestConfig.MAX_TIMEOUT_MS) {
      problems.invalid(path, "timeoutMs must be from " + range);
      return null;
    }
    return node.intValue();
  }

  private static Map<String, String> headers(JsonNode node, Problems problems) {
    String path = "requestConfig.headers";
    if (node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      problems.invalid(path, "headers must be an object of header names to string values");
      return null;
    }
    if (node.size() > RequestConfig.MAX_HEADERS) {
      problems.invalid(path, "at most " + RequestConfig.MAX_HEADERS + " headers are allowed");
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : fieldNames((ObjectNode) node)) {
      JsonNode value = node.get(name);
      if (!value.isTextual()) {
        problems.invalid(path + "." + name, "a header value must be a string");
      } else if (value.textValue().length() > RequestConfig.MAX_HEADER_VALUE_LENGTH) {
        problems.invalid(
            path + "." + name,
            "a header value must be at most "
                + RequestConfig.MAX_HEADER_VALUE_LENGTH
                + " characters long");
      } else {
        headers.put(name, value.textValue());
      }
    }
    return headers;
  }
}
