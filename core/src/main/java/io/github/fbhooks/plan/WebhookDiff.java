package io.github.fbhooks.plan;

import io.github.fbhooks.config.DesiredWebhook;
import io.github.fbhooks.config.HeaderValue;
import io.github.fbhooks.text.MaskedUrl;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.SensitiveHeaders;
import io.github.fbhooks.webhook.Topic;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookStatus;
import io.github.fbhooks.webhook.WebhookUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Field-by-field comparison of a declared webhook with a live one, and what a create or an update
 * sends for it: the one place in core that knows every user-owned field of a webhook (see
 * ARCHITECTURE.md, "Adding a webhook field").
 *
 * <p>Server-owned fields (id, secret, health, lastStatus, version, timestamps) are never compared.
 * Topics compare as sets. Header values print masked unless the configuration declares them as
 * plain values. Every value is printable: escaped where it could forge or hide text, URLs with user
 * info and query values masked ({@link MaskedUrl}).
 */
public final class WebhookDiff {

  /** Field name of the webhook name. */
  public static final String NAME = "name";

  /** Field name of the URL. */
  public static final String URL = "url";

  /** Field name of the description. */
  public static final String DESCRIPTION = "description";

  /** Field name of the topics. */
  public static final String TOPICS = "topics";

  /** Field name of the status. */
  public static final String STATUS = "status";

  /** Field name of the delivery timeout. */
  public static final String TIMEOUT = "requestConfig.timeoutMs";

  /** Field name prefix of custom headers; each header is its own field. */
  public static final String HEADERS = "requestConfig.headers";

  /**
   * How a live header value prints when it may be a credential: when its name says so ({@link
   * SensitiveHeaders}) or the declared value is sensitive.
   */
  static final String HIDDEN = "(hidden)";

  private WebhookDiff() {}

  /**
   * The fields that differ, skipping the fields the declaration ignores.
   *
   * @param desired the declared webhook
   * @param live the live webhook
   * @return the differing fields, in a stable order
   */
  public static List<FieldChange> changes(DesiredWebhook desired, Webhook live) {
    List<FieldChange> changes = new ArrayList<>();
    if (!desired.ignores("name") && !desired.name().equals(live.name())) {
      changes.add(new FieldChange(NAME, quoted(live.name()), quoted(desired.name())));
    }
    if (!desired.ignores("url") && !desired.url().equals(live.url())) {
      changes.add(new FieldChange(URL, MaskedUrl.of(live.url()), MaskedUrl.of(desired.url())));
    }
    String liveDescription = blankToNull(live.description());
    String wantedDescription = desired.description().map(WebhookDiff::blankToNull).orElse(null);
    if (!desired.ignores("description") && !Objects.equals(liveDescription, wantedDescription)) {
      changes.add(
          new FieldChange(
              DESCRIPTION, quotedOrNone(liveDescription), quotedOrNone(wantedDescription)));
    }
    if (!desired.ignores("topics")
        && !new TreeSet<>(desired.topics()).equals(new TreeSet<>(live.topics()))) {
      changes.add(new FieldChange(TOPICS, topics(live.topics()), topics(desired.topics())));
    }
    if (!desired.ignores("status") && desired.status() != live.status()) {
      changes.add(new FieldChange(STATUS, statusOf(live), desired.status().wireName()));
    }
    Optional<Integer> liveTimeout = liveConfig(live).map(RequestConfig::timeoutMs);
    if (!desired.ignores("timeoutMs")
        && desired.timeoutMs().isPresent()
        && !desired.timeoutMs().equals(liveTimeout)) {
      changes.add(
          new FieldChange(
              TIMEOUT,
              liveTimeout.map(String::valueOf).orElse(FieldChange.NONE),
              String.valueOf(desired.timeoutMs().get())));
    }
    if (!desired.ignores("headers")) {
      changes.addAll(headerChanges(desired.headers(), liveHeaders(live)));
    }
    return changes;
  }

  /**
   * What a create sets, for rendering.
   *
   * @param desired the declared webhook
   * @return the fields a create sends (and the paused status it PATCHes)
   */
  public static List<FieldChange> creation(DesiredWebhook desired) {
    List<FieldChange> fields = new ArrayList<>();
    fields.add(new FieldChange(URL, FieldChange.NONE, MaskedUrl.of(desired.url())));
    desired
        .description()
        .ifPresent(d -> fields.add(new FieldChange(DESCRIPTION, FieldChange.NONE, quoted(d))));
    fields.add(new FieldChange(TOPICS, FieldChange.NONE, topics(desired.topics())));
    if (desired.status() != WebhookStatus.ACTIVE) {
      fields.add(new FieldChange(STATUS, FieldChange.NONE, desired.status().wireName()));
    }
    desired
        .timeoutMs()
        .ifPresent(t -> fields.add(new FieldChange(TIMEOUT, FieldChange.NONE, String.valueOf(t))));
    fields.addAll(headerChanges(desired.headers(), Map.of()));
    return fields;
  }

  /**
   * Digests of every diffed field of a live webhook, so a saved plan can tell whether the webhook
   * changed since, and which field.
   *
   * @param live the live webhook
   * @return field name to digest
   */
  public static Map<String, String> liveDigests(Webhook live) {
    Map<String, String> digests = new LinkedHashMap<>();
    digests.put(NAME, Digests.of(live.name()));
    digests.put(URL, Digests.of(live.url()));
    digests.put(DESCRIPTION, Digests.of(blankToNull(live.description())));
    digests.put(TOPICS, Digests.of(new TreeSet<>(live.topics()).toString()));
    digests.put(STATUS, Digests.of(live.status() == null ? null : live.status().wireName()));
    digests.put(
        TIMEOUT,
        Digests.of(String.valueOf(liveConfig(live).map(RequestConfig::timeoutMs).orElse(null))));
    digests.put(HEADERS, Digests.of(new TreeMap<>(liveHeaders(live)).toString()));
    return digests;
  }

  /**
   * A digest of everything declared except sensitive header values (a digest of a token could be
   * brute-forced), so a saved plan can tell whether the declaration changed since.
   *
   * @param desired the declared webhook
   * @return the digest
   */
  public static String desiredDigest(DesiredWebhook desired) {
    Map<String, String> headers = new TreeMap<>();
    desired.headers().forEach((k, v) -> headers.put(k, v.sensitive() ? "(sensitive)" : v.value()));
    return Digests.of(
        String.join(
            "\u0000",
            desired.name(),
            desired.id().orElse(""),
            desired.url(),
            desired.description().orElse(""),
            desired.topics().toString(),
            desired.status().wireName(),
            String.valueOf(desired.timeoutMs().orElse(null)),
            headers.toString(),
            new TreeSet<>(desired.ignoreChanges()).toString()));
  }

  /**
   * The body that creates a declared webhook. {@code status} is not a create field: a paused
   * webhook is created, then PATCHed.
   *
   * @param desired the declared webhook
   * @return the create body
   */
  public static WebhookCreate createBody(DesiredWebhook desired) {
    return new WebhookCreate(
        desired.name(),
        desired.url(),
        desired.topics(),
        desired.description().orElse(null),
        requestConfig(desired, Optional.empty()).orElse(null));
  }

  /**
   * The PATCH body that makes a live webhook what is declared: exactly the changed fields.
   *
   * @param change the update, with its field changes
   * @param desired the declared webhook
   * @param live the live webhook
   * @return the update body
   */
  public static WebhookUpdate updateBody(Change change, DesiredWebhook desired, Webhook live) {
    WebhookUpdate.Builder body = WebhookUpdate.builder();
    boolean requestConfigChanged = false;
    for (FieldChange field : change.fields()) {
      switch (field.field()) {
        case NAME -> body.name(desired.name());
        case URL -> body.url(desired.url());
        case DESCRIPTION ->
            desired.description().ifPresentOrElse(body::description, body::clearDescription);
        case TOPICS -> body.topics(desired.topics());
        case STATUS -> body.status(desired.status());
        default -> requestConfigChanged = true; // timeout or a header
      }
    }
    if (requestConfigChanged) {
      body.requestConfig(
          requestConfig(desired, Optional.ofNullable(live.requestConfig()))
              .orElse(new RequestConfig(null, Map.of())));
    }
    return body.build();
  }

  /**
   * The complete desired headers, and the timeout only where it is declared: {@code timeoutMs} is
   * not in the documented input schema, so it is sent only when the user asks for it.
   */
  private static Optional<RequestConfig> requestConfig(
      DesiredWebhook desired, Optional<RequestConfig> live) {
    Integer timeout = desired.timeoutMs().orElse(null);
    Map<String, String> headers = new LinkedHashMap<>();
    desired.headers().forEach((name, value) -> headers.put(name, value.value()));
    if (timeout == null && headers.isEmpty() && live.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RequestConfig(timeout, headers));
  }

  private static List<FieldChange> headerChanges(
      Map<String, HeaderValue> desired, Map<String, String> live) {
    List<FieldChange> changes = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(desired.keySet());
    names.addAll(live.keySet());
    for (String name : names) {
      HeaderValue wanted = find(desired, name);
      String current = find(live, name);
      if (wanted != null && wanted.value().equals(current)) {
        continue;
      }
      boolean hidden =
          SensitiveHeaders.looksSensitive(name) || wanted != null && wanted.sensitive();
      String before =
          current == null ? FieldChange.NONE : hidden ? HIDDEN : SafeText.escape(current);
      String after = wanted == null ? FieldChange.NONE : SafeText.escape(wanted.printable());
      changes.add(new FieldChange(HEADERS + "." + SafeText.escape(name), before, after));
    }
    return changes;
  }

  private static <V> V find(Map<String, V> map, String name) {
    return map.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static Optional<RequestConfig> liveConfig(Webhook live) {
    return Optional.ofNullable(live.requestConfig());
  }

  private static Map<String, String> liveHeaders(Webhook live) {
    return liveConfig(live).map(RequestConfig::headers).orElse(Map.of());
  }

  private static String statusOf(Webhook live) {
    return live.status() == null ? FieldChange.NONE : live.status().wireName();
  }

  static String topics(List<String> topics) {
    return SafeText.escape(
        topics.stream().distinct().sorted(Topic.CATALOGUE_ORDER).toList().toString());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String quoted(String value) {
    return value == null ? FieldChange.NONE : "\"" + SafeText.escape(value) + "\"";
  }

  private static String quotedOrNone(String value) {
    return value == null ? FieldChange.NONE : quoted(value);
  }
}
