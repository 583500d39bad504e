package io.github.fbhooks.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fbhooks.api.BaseUrls;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.text.SafeText;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.webhook.RequestConfig;
import io.github.fbhooks.webhook.RotationTwins;
import io.github.fbhooks.webhook.Topic;
import io.github.fbhooks.webhook.WebhookId;
import io.github.fbhooks.webhook.WebhookStatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns one schema-checked document into workspace drafts, checking what the schema cannot: URLs,
 * topics and globs, header names, {@code ${env:...}} references, API versions, and which form the
 * file uses. Reads defensively: a node the schema already refused is skipped, not reported twice.
 */
final class DocumentBinder {

  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** Headers HTTP itself or Featurebase sets on every delivery (lower case). */
  private static final Set<String> RESERVED_HEADERS =
      Set.of(
          "host",
          "content-length",
          "content-type",
          "transfer-encoding",
          "connection",
          "keep-alive",
          "proxy-connection",
          "te",
          "trailer",
          "upgrade");

  private final ParsedDocument document;
  private final Function<String, String> environment;
  private final Predicate<String> resolved;
  private final Problems problems;

  private DocumentBinder(
      ParsedDocument document,
      Function<String, String> environment,
      Predicate<String> resolved,
      Problems problems) {
    this.document = document;
    this.environment = environment;
    this.resolved = resolved;
    this.problems = problems;
  }

  /**
   * Binds a document.
   *
   * @param document the parsed file
   * @param environment resolves {@code ${env:NAME}}; null leaves references as written (fmt)
   * @param resolved whether references are resolved in the webhook with this name; the others keep
   *     theirs as written, as without an environment
   * @param problems where problems go
   * @return the workspaces the file declares
   */
  static List<WorkspaceDraft> bind(
      ParsedDocument document,
      Function<String, String> environment,
      Predicate<String> resolved,
      Problems problems) {
    return new DocumentBinder(document, environment, resolved, problems).bind();
  }

  private List<WorkspaceDraft> bind() {
    JsonNode root = document.root();
    checkText(root, YamlPath.ROOT, 0);
    if (!root.isObject()) {
      return List.of(); // the schema said so
    }
    boolean multi = root.has("workspaces");
    if (multi) {
      for (String single : List.of("webhooks", "prune")) {
        if (root.has(single)) {
          problems.add(
              document.keyAt(YamlPath.ROOT.key(single)),
              YamlPath.ROOT.key(single),
              "cannot be combined with \"workspaces\": move it into a workspace");
        }
      }
      List<WorkspaceDraft> drafts = new ArrayList<>();
      JsonNode workspaces = root.get("workspaces");
      for (int i = 0; i < workspaces.size(); i++) {
        workspace(YamlPath.ROOT.key("workspaces").index(i), workspaces.get(i))
            .ifPresent(drafts::add);
      }
      return drafts;
    }
    if (!root.has("webhooks")) {
      problems.add(
          document.valueAt(YamlPath.ROOT),
          YamlPath.ROOT,
          "declares no webhooks: add \"webhooks:\" (one workspace) or \"workspaces:\" (several)");
      return List.of();
    }
    return List.of(
        new WorkspaceDraft(
            document,
            YamlPath.ROOT,
            WorkspaceConfig.DEFAULT_SERVER_ID,
            Optional.empty(),
            Optional.empty(),
            bool(root, "prune"),
            webhooks(YamlPath.ROOT.key("webhooks"), root.get("webhooks"))));
  }

  private Optional<WorkspaceDraft> workspace(YamlPath path, JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    String serverId = text(node, "serverId");
    if (serverId != null && serverId.isBlank()) {
      problems.add(
          document.valueAt(path.key("serverId")), path.key("serverId"), "must not be blank");
      serverId = null;
    }
    Optional<URI> baseUrl = Optional.empty();
    String url = text(node, "baseUrl");
    if (url != null && !url.isEmpty() && !Interpolation.mentions(url)) {
      Optional<String> problem = BaseUrls.problem(url);
      if (problem.isPresent()) {
        problems.add(document.valueAt(path.key("baseUrl")), path.key("baseUrl"), problem.get());
      } else {
        baseUrl = Optional.of(BaseUrls.parse(url));
      }
    }
    Optional<ApiVersion> apiVersion = apiVersion(path.key("apiVersion"), text(node, "apiVersion"));
    List<WorkspaceDraft.WebhookDraft> webhooks =
        webhooks(path.key("webhooks"), node.get("webhooks"));
    if (serverId == null) {
      return Optional.empty();
    }
    return Optional.of(
        new WorkspaceDraft(
            document, path, serverId, baseUrl, apiVersion, bool(node, "prune"), webhooks));
  }

  private Optional<ApiVersion> apiVersion(YamlPath path, String text) {
    if (text == null) {
      return Optional.empty();
    }
    ApiVersion version;
    try {
      version = ApiVersion.parse(text);
    } catch (IllegalArgumentException e) {
      if (text.trim().matches("\\d{4}-\\d{2}-\\d{2}\\.[a-z][a-z0-9]*")) {
        problems.add(document.valueAt(path), path, "\"" + text + "\" has an invalid date");
      }
      return Optional.empty(); // otherwise the schema's pattern said so
    }
    if (!version.supportsWebhooks()) {
      problems.add(
          document.valueAt(path),
          path,
          "\""
              + text
              + "\" has no webhook endpoints; use "
              + ApiVersion.NOVA
              + " or later, or leave apiVersion out");
      return Optional.empty();
    }
    return Optional.of(version);
  }

  private List<WorkspaceDraft.WebhookDraft> webhooks(YamlPath path, JsonNode list) {
    List<WorkspaceDraft.WebhookDraft> webhooks = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return webhooks;
    }
    for (int i = 0; i < list.size(); i++) {
      YamlPath item = path.index(i);
      webhook(item, list.get(i))
          .ifPresent(w -> webhooks.add(new WorkspaceDraft.WebhookDraft(w, item)));
    }
    return webhooks;
  }

  private Optional<DesiredWebhook> webhook(YamlPath path, JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    String name = text(node, "name");
    String url = text(node, "url");
    if (url != null && !url.isEmpty() && !Interpolation.mentions(url)) {
      Urls.webhookProblem(url)
          .ifPresent(p -> problems.add(document.valueAt(path.key("url")), path.key("url"), p));
    }
    List<String> topics = topics(path.key("topics"), node.get("topics"));
    String description = text(node, "description");
    if (description != null && description.contains(RotationTwins.MARKER_START)) {
      problems.add(
          document.valueAt(path.key("description")),
          path.key("description"),
          "\""
              + RotationTwins.MARKER_START
              + "...]\" marks the twin of an overlap rotation in progress; a declared webhook"
              + " cannot carry it");
    }
    String id = text(node, "id");
    JsonNode requestConfig = node.path("requestConfig");
    Function<String, String> references = name != null && resolved.test(name) ? environment : null;
    Map<String, HeaderValue> headers =
        headers(path.key("requestConfig").key("headers"), requestConfig.get("headers"), references);
    if (name == null || url == null || topics.isEmpty()) {
      return Optional.empty(); // the schema reported what is missing
    }
    return Optional.of(
        new DesiredWebhook(
            name,
            Optional.ofNullable(id).filter(WebhookId::isValid),
            url,
            Optional.ofNullable(text(node, "description")),
            topics,
            "paused".equals(text(node, "status")) ? WebhookStatus.PAUSED : WebhookStatus.ACTIVE,
            timeout(requestConfig.get("timeoutMs")),
            headers,
            bool(node, "preventDestroy").orElse(false),
            ignoreChanges(node.get("ignoreChanges")),
            document.valueAt(path)));
  }

  private List<String> topics(YamlPath path, JsonNode list) {
    if (list == null || !list.isArray()) {
      return List.of();
    }
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      if (!item.isTextual() || item.asText().isEmpty() || Interpolation.mentions(item.asText())) {
        continue; // the schema or the reference check said so
      }
      List<Topic> expanded = TopicPatterns.expand(item.asText());
      if (expanded.isEmpty()) {
        problems.add(
            document.valueAt(path.index(i)), path.index(i), TopicPatterns.noMatch(item.asText()));
      }
      topics.addAll(expanded);
    }
    return topics.stream().map(Topic::wireName).toList();
  }

  private Map<String, HeaderValue> headers(
      YamlPath path, JsonNode map, Function<String, String> references) {
    Map<String, HeaderValue> headers = new LinkedHashMap<>();
    if (map == null || !map.isObject()) {
      return headers;
    }
    Map<String, String> seen = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      String name = entry.getKey();
      YamlPath header = path.key(name);
      if (!HEADER_NAME.matcher(name).matches()) {
        problems.add(
            document.keyAt(header),
            header,
            "\""
                + name
                + "\" is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~)");
      }
      reservedHeader(name).ifPresent(why -> problems.add(document.keyAt(header), header, why));
      String other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      if (other != null) {
        problems.add(
            document.keyAt(header),
            header,
            "header \""
                + name
                + "\" repeats \""
                + other
                + "\" (header names ignore case); keep one");
      }
      if (entry.getValue().isTextual()) {
        headerValue(header, entry.getValue().asText(), references)
            .ifPresent(v -> headers.put(name, v));
      }
    }
    return headers;
  }

  /** {@return why a custom header may not have this name, or empty when it may} */
  private static Optional<String> reservedHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("x-webhook-")) {
      return Optional.of(
          "\""
              + name
              + "\" is reserved: Featurebase sets the X-Webhook-* headers (timestamp, signature) of"
              + " every delivery; choose another name");
    }
    if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
      return Optional.of(
          "\""
              + name
              + "\" is reserved: receivers and proxies take it as the caller's credentials, while a"
              + " delivery is authenticated by its X-Webhook-Signature; send a receiver token in a"
              + " header of your own, e.g. X-Receiver-Token: ${env:RECEIVER_TOKEN}");
    }
    if (RESERVED_HEADERS.contains(lower)) {
      return Optional.of(
          "\""
              + name
              + "\" is set by HTTP or by Featurebase for every delivery and cannot be a custom"
              + " header");
    }
    return Optional.empty();
  }

  private Optional<HeaderValue> headerValue(
      YamlPath path, String raw, Function<String, String> references) {
    Interpolation.Parsed parsed = Interpolation.parse(raw);
    if (parsed.error() != null) {
      problems.add(document.valueAt(path), path, parsed.error());
      return Optional.empty();
    }
    if (!parsed.hasReferences()) {
      return Optional.of(new HeaderValue(parsed.resolve(n -> "", n -> {}), false));
    }
    List<String> variables = parsed.variables();
    for (String name : variables) {
      if (ClientSettings.API_KEY_VARIABLE.equals(name)) {
        problems.add(
            document.valueAt(path),
            path,
            "${env:"
                + name
                + "} is the Featurebase API key fbhooks itself uses; a delivery header would send"
                + " it to the webhook URL. Use a variable that holds only the receiver's token");
        return Optional.empty();
      }
    }
    if (references == null) {
      return Optional.of(new HeaderValue(raw, true, variables));
    }
    List<String> unset = new ArrayList<>();
    String value = parsed.resolve(references, unset::add);
    for (String name : unset) {
      problems.add(
          document.valueAt(path),
          path,
          "environment variable "
              + name
              + " is not set; set it where the build runs (its value is sent as this header"
              + " and never printed)");
    }
    if (!unset.isEmpty()) {
      return Optional.empty();
    }
    int unsafe = SafeText.firstUnsafe(value);
    if (unsafe >= 0) {
      problems.add(
          document.valueAt(path),
          path,
          "the value of "
              + String.join(", ", variables.stream().map(v -> "${env:" + v + "}").toList())
              + " contains the control character "
              + SafeText.describe(value.codePointAt(unsafe))
              + "; a header value is one line of printable text");
      return Optional.empty();
    }
    if (value.codePointCount(0, value.length()) > RequestConfig.MAX_HEADER_VALUE_LENGTH) {
      problems.add(
          document.valueAt(path),
          path,
          "resolves to more than "
              + RequestConfig.MAX_HEADER_VALUE_LENGTH
              + " characters, the most Featurebase allows");
      return Optional.empty();
    }
    return Optional.of(new HeaderValue(value, true, variables));
  }

  /**
   * Checks every string and key of the document: no character that could forge or hide text where
   * values are printed (see {@link SafeText}), and no {@code ${...}} outside header values, where
   * it would be taken literally.
   */
  private void checkText(JsonNode node, YamlPath path, int depth) {
    if (node.isTextual()) {
      String text = node.asText();
      int unsafe = SafeText.firstUnsafe(text);
      if (unsafe >= 0) {
        problems.add(document.valueAt(path), path, unsafeCharacter(text.codePointAt(unsafe)));
      } else if (Interpolation.mentions(text) && !isHeaderValue(path)) {
        String error = Interpolation.parse(text).error();
        problems.add(
            document.valueAt(path),
            path,
            error != null
                ? error
                : "references such as ${env:NAME} are resolved only in requestConfig.headers"
                    + " values; write this value out");
      }
    }
    if (depth > 40) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        YamlPath child = path.key(e.getKey());
        int unsafe = SafeText.firstUnsafe(e.getKey());
        if (unsafe >= 0) {
          problems.add(
              document.keyAt(child), child, unsafeCharacter(e.getKey().codePointAt(unsafe)));
        }
        checkText(e.getValue(), child, depth + 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkText(node.get(i), path.index(i), depth + 1);
      }
    }
  }

  private static String unsafeCharacter(int cp) {
    String what =
        cp == '\n' || cp == '\r'
            ? "a line break (" + SafeText.describe(cp) + ")"
            : cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                ? "the control character " + SafeText.describe(cp)
                : "the invisible formatting character " + SafeText.describe(cp);
    return "contains "
        + what
        + ", which could disguise or forge text where the value is printed; remove it"
        + (cp == '\n'
            ? " and write the value on one line (a long text can use a folded block scalar with"
                + " a strip indicator: >-)"
            : "");
  }

  private static boolean isHeaderValue(YamlPath path) {
    List<Object> e = path.elements();
    int n = e.size();
    return n >= 3 && "headers".equals(e.get(n - 2)) && "requestConfig".equals(e.get(n - 3));
  }

  private static Optional<Integer> timeout(JsonNode node) {
    if (node == null || !node.isNumber() || !node.canConvertToInt()) {
      return Optional.empty();
    }
    double value = node.asDouble();
    return value == Math.rint(value) ? Optional.of(node.asInt()) : Optional.empty();
  }

  private static Set<String> ignoreChanges(JsonNode list) {
    Set<String> fields = new HashSet<>();
    if (list != null && list.isArray()) {
      list.forEach(
          item -> {
            if (DesiredWebhook.IGNORABLE_FIELDS.contains(item.asText())) {
              fields.add(item.asText());
            }
          });
    }
    return fields;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isBoolean() ? Optional.of(value.asBoolean()) : Optional.empty();
  }
}
