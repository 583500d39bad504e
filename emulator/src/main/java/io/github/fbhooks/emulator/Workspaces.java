package io.github.fbhooks.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which workspace an API key reaches: the one shared workspace (the default), or, with {@link
 * EmulatorOptions#workspacePerKey()}, a workspace of the key's own, made from the seed on the key's
 * first request, as a Featurebase key belongs to exactly one workspace.
 */
final class Workspaces {

  private final WebhookEndpoints shared;
  private final boolean perKey;
  private final Supplier<WebhookStore> newWorkspace;
  private final UnknownFields unknownFields;
  private final Map<String, WebhookEndpoints> byKey = new ConcurrentHashMap<>();

  /**
   * @param shared the workspace of every key, or of none when each key has its own
   * @param perKey whether each key has a workspace of its own
   * @param newWorkspace makes a workspace holding the seed
   * @param unknownFields what create and update body fields the schema lacks get
   */
  Workspaces(
      WebhookStore shared,
      boolean perKey,
      Supplier<WebhookStore> newWorkspace,
      UnknownFields unknownFields) {
    this.shared = new WebhookEndpoints(shared, unknownFields);
    this.perKey = perKey;
    this.newWorkspace = newWorkspace;
    this.unknownFields = unknownFields;
  }

  /** {@return the endpoints of the workspace this (authenticated) key belongs to} */
  WebhookEndpoints forKey(String apiKey) {
    if (!perKey) {
      return shared;
    }
    return byKey.computeIfAbsent(
        apiKey, key -> new WebhookEndpoints(newWorkspace.get(), unknownFields));
  }

  /** Forgets the per-key workspaces; each key's next request starts again from the seed. */
  void reset() {
    byKey.clear();
  }
}
