package io.github.fbhooks.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a secret file is laid out. */
public enum SecretFormat {
  /** The secret alone, followed by a newline. */
  RAW,
  /** {@code FEATUREBASE_WEBHOOK_ID=...} and {@code FEATUREBASE_WEBHOOK_SECRET=...} lines. */
  DOTENV,
  /** Java properties: {@code featurebase.webhook.id} and the secret under the property name. */
  PROPERTIES,
  /**
   * A JSON object with {@code webhookId}, {@code webhookName}, {@code secret}, {@code obtainedAt}
   * (when fbhooks rotated or read the secret, not when Featurebase issued it).
   */
  JSON;

  /** The dotenv variable that holds the previous secret during an overlap rotation. */
  public static final String DOTENV_PREVIOUS_SECRET_VARIABLE =
      "FEATUREBASE_WEBHOOK_PREVIOUS_SECRET";

  /** The dotenv variable that holds the secret. */
  public static final String DOTENV_SECRET_VARIABLE = "FEATUREBASE_WEBHOOK_SECRET";

  /** The dotenv variable that holds the webhook id. */
  public static final String DOTENV_ID_VARIABLE = "FEATUREBASE_WEBHOOK_ID";

  /** The properties key that holds the webhook id. */
  public static final String PROPERTIES_ID_KEY = "featurebase.webhook.id";

  /**
   * Parses a format name, ignoring case.
   *
   * @param name raw, dotenv, properties or json
   * @return the format, or empty for an unknown name
   */
  public static Optional<SecretFormat> parse(String name) {
    for (SecretFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** {@return the lowercase name users write, e.g. {@code dotenv}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return the names of the formats, for a message that lists them: raw, dotenv, ...} */
  public static String ids() {
    return Arrays.stream(values()).map(SecretFormat::id).collect(Collectors.joining(", "));
  }

  /**
   * The name of a secret file in this format, as apply names each created webhook's.
   *
   * @param stem the name before the extension, e.g. a webhook's output key
   * @return e.g. {@code production-webhook.env} for dotenv, {@code production-webhook.secret} raw
   */
  public String fileName(String stem) {
    String extension =
        switch (this) {
          case RAW -> "secret";
          case DOTENV -> "env";
          default -> id();
        };
    return stem + "." + extension;
  }

  /**
   * Renders the file content.
   *
   * @param document the secret and its webhook
   * @param propertyKey the key of the secret in the {@link #PROPERTIES} format
   * @return the file content, UTF-8 text ending in a newline
   */
  public String render(SecretDocument document, String propertyKey) {
    String secret = document.secret().reveal();
    Optional<String> previous = document.previousSecret().map(Secret::reveal);
    return switch (this) {
      case RAW -> secret + "\n" + previous.map(p -> p + "\n").orElse("");
      case DOTENV ->
          DOTENV_ID_VARIABLE
              + "="
              + document.webhookId()
              + "\n"
              + DOTENV_SECRET_VARIABLE
              + "="
              + dotenvValue(secret)
              + "\n"
              + previous
                  .map(p -> DOTENV_PREVIOUS_SECRET_VARIABLE + "=" + dotenvValue(p) + "\n")
                  .orElse("");
      case PROPERTIES ->
          PROPERTIES_ID_KEY
              + "="
              + document.webhookId()
              + "\n"
              + propertyKey
              + "="
              + secret.replace("\\", "\\\\")
              + "\n"
              + previous
                  .map(p -> previousKey(propertyKey) + "=" + p.replace("\\", "\\\\") + "\n")
                  .orElse("");
      case JSON -> renderJson(document, secret, previous);
    };
  }

  /**
   * The key of the previous secret beside a secret's key: {@code featurebase.webhook.secret} gives
   * {@code featurebase.webhook.previousSecret}, {@code orders.webhookSecret} gives {@code
   * orders.webhookPreviousSecret}, any other key gets {@code .previous}.
   *
   * @param secretKey the secret's key or property name
   * @return the previous secret's
   */
  public static String previousKey(String secretKey) {
    if (secretKey.equals("secret") || secretKey.endsWith(".secret")) {
      return secretKey.substring(0, secretKey.length() - "secret".length()) + "previousSecret";
    }
    if (secretKey.endsWith("Secret")) {
      return secretKey.substring(0, secretKey.length() - "Secret".length()) + "PreviousSecret";
    }
    return secretKey + ".previous";
  }

  /** Quotes a value for dotenv readers (docker, shells, dotenv libraries) when it needs it. */
  private static String dotenvValue(String value) {
    if (value.matches("[A-Za-z0-9_.\\-]+")) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  private static String renderJson(
      SecretDocument document, String secret, Optional<String> previous) {
    ObjectNode node = JsonMappers.json().createObjectNode();
    node.put("webhookId", document.webhookId());
    node.put("webhookName", document.webhookName());
    node.put("secret", secret);
    previous.ifPresent(p -> node.put("previousSecret", p));
    node.put("obtainedAt", document.obtainedAt().toString());
    try {
      return JsonMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the secret as JSON", e);
    }
  }
}
