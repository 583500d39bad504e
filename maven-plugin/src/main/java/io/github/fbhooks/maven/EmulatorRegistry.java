package io.github.fbhooks.maven;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.secret.Secret;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The emulators started by {@code featurebase:emulator-start} in this Maven JVM, so that later
 * goals can use their API key without it ever being a parameter, and {@code emulator-stop} can stop
 * them.
 */
final class EmulatorRegistry {

  private static final Map<URI, Running> RUNNING = new ConcurrentHashMap<>();
  private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

  private EmulatorRegistry() {}

  /**
   * @param emulator the running emulator
   * @param apiKey the key it accepts
   * @param shareKey whether later goals use that key automatically
   */
  record Running(Emulator emulator, Secret apiKey, boolean shareKey) {}

  static void register(Emulator emulator, Secret apiKey, boolean shareKey) {
    RUNNING.put(normalise(emulator.baseUrl()), new Running(emulator, apiKey, shareKey));
    if (HOOK_ADDED.compareAndSet(false, true)) {
      // an emulator still running when the build ends would hold up the JVM's exit by 0.3 s (its
      // server thread waits in native code, which HotSpot waits for); closing it is immediate
      Runtime.getRuntime()
          .addShutdownHook(new Thread(EmulatorRegistry::closeAll, "fbhooks-emulators-stop"));
    }
  }

  /** Closes every emulator still running: what "it also stops when the build ends" means. */
  static void closeAll() {
    for (Running running : RUNNING.values().toArray(new Running[0])) {
      running.emulator().close();
    }
  }

  static Optional<Running> remove(URI baseUrl) {
    return Optional.ofNullable(RUNNING.remove(normalise(baseUrl)));
  }

  static Optional<ApiKeySource> apiKeyFor(URI baseUrl) {
    return Optional.ofNullable(baseUrl == null ? null : RUNNING.get(normalise(baseUrl)))
        .filter(Running::shareKey)
        .map(
            running ->
                new ApiKeySource(
                    running.apiKey(), "the emulator started by featurebase:emulator-start"));
  }

  private static URI normalise(URI uri) {
    String text = uri.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }
}
