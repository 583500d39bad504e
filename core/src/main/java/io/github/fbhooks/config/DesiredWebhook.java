package io.github.fbhooks.config;

import io.github.fbhooks.webhook.WebhookStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One webhook as the configuration declares it, validated and resolved: topic globs expanded,
 * {@code ${env:...}} references replaced.
 *
 * <p>Absent optional fields mean: {@code id} absent, identity is the name; {@code description}
 * absent, the webhook has none; {@code timeoutMs} absent, the live value is left alone (whether
 * Featurebase honours it is unconfirmed); {@code headers} empty, the webhook has no custom headers.
 *
 * @param name 1..100 characters, unique in its workspace
 * @param id pins identity to a live webhook, so a rename keeps it and its secret
 * @param url https URL (http only for loopback hosts, for local receivers)
 * @param description at most 500 characters
 * @param topics wire names, expanded from globs, unique, in {@code Topic} order
 * @param status active or paused
 * @param timeoutMs delivery timeout, 1000..30000
 * @param headers custom delivery headers, at most 10, sorted by name
 * @param preventDestroy plan refuses to delete or replace this webhook
 * @param ignoreChanges fields whose live value is left alone (e.g. {@code status})
 * @param location where the webhook was declared
 */
public record DesiredWebhook(
    String name,
    Optional<String> id,
    String url,
    Optional<String> description,
    List<String> topics,
    WebhookStatus status,
    Optional<Integer> timeoutMs,
    Map<String, HeaderValue> headers,
    boolean preventDestroy,
    Set<String> ignoreChanges,
    SourceLocation location) {

  /** The longest name Featurebase accepts (one of its schemas says 255; it validates at 100). */
  public static final int MAX_NAME_LENGTH = 100;

  /** The longest description Featurebase accepts. */
  public static final int MAX_DESCRIPTION_LENGTH = 500;

  /** The fields {@code ignoreChanges} may name. */
  public static final Set<String> IGNORABLE_FIELDS =
      Set.of("name", "url", "description", "topics", "status", "timeoutMs", "headers");

  /** Checks required fields and copies the collections. */
  public DesiredWebhook {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(description, "description");
    topics = List.copyOf(topics);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timeoutMs, "timeoutMs");
    headers = java.util.Collections.unmodifiableMap(new TreeMap<>(headers));
    ignoreChanges = Set.copyOf(ignoreChanges);
    Objects.requireNonNull(location, "location");
  }

  /** {@return this declaration as if made at another place} */
  public DesiredWebhook withLocation(SourceLocation newLocation) {
    return new DesiredWebhook(
        name,
        id,
        url,
        description,
        topics,
        status,
        timeoutMs,
        headers,
        preventDestroy,
        ignoreChanges,
        newLocation);
  }

  /** {@return whether the field's live value is to be left alone} */
  public boolean ignores(String field) {
    return ignoreChanges.contains(field);
  }
}
