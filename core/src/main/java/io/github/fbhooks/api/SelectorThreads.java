package io.github.fbhooks.api;

import java.net.http.HttpClient;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops the selector threads of fbhooks' JDK HTTP clients: when their owner closes (the emulator's
 * delivery client), or when the JVM shuts down, if the program asked for that.
 *
 * <p>Why: a JDK 17 {@link HttpClient} cannot be closed ({@code close()} came with JDK 21), and its
 * selector thread waits for sockets in native code. On exit HotSpot waits up to 300 ms for threads
 * in native code to stop (30 polls of 10 ms in {@code VM_Exit}), so every Maven build that had
 * called the API (or started the emulator) ended 0.3 s late: a third of what {@code
 * featurebase:rotate-secret} added to a build (BENCHMARKS.md). An interrupt ends the selector
 * thread at once, which closes its client.
 *
 * <p>Stopping at exit is opt-in ({@link #stopRegisteredAtExit()}), for short-lived programs such as
 * the Maven plugin: once a selector thread is stopped, a request on its client never completes (its
 * timeouts run on that thread too), so a long-running application whose own shutdown hooks may
 * still call Featurebase must not opt in; 0.3 s at its exit costs it nothing.
 *
 * <p>The thread is found by the name the JDK gives it, {@code HttpClient-<id>-SelectorManager},
 * with the id that the client's {@code toString()} ends with (the JDK's own tests rely on both; the
 * same on JDK 17 and 25). Should either change, nothing is stopped and the JVM merely exits later.
 */
public final class SelectorThreads {

  private static final Pattern CLIENT_ID = Pattern.compile("\\((\\d+)\\)$");
  private static final Set<Thread> THREADS = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

  private SelectorThreads() {}

  /**
   * Registers the selector thread of a client, to be stopped when the JVM shuts down if {@link
   * #stopRegisteredAtExit()} was called (before or after), unless {@link #stop} stopped it before.
   *
   * @param client a client that may live until the JVM exits
   */
  public static void register(HttpClient client) {
    find(client).ifPresent(THREADS::add);
  }

  /**
   * Makes this JVM stop the registered selector threads when it shuts down; for short-lived
   * programs only (see the class comment). Calling it again does nothing.
   */
  public static void stopRegisteredAtExit() {
    if (HOOK_ADDED.compareAndSet(false, true)) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(SelectorThreads::stopAll, "fbhooks-http-stop"));
    }
  }

  /** {@return whether this JVM stops the registered selector threads when it shuts down} */
  public static boolean stopsRegisteredAtExit() {
    return HOOK_ADDED.get();
  }

  /**
   * Finds the selector thread of a client.
   *
   * @param client the client
   * @return its selector thread, or empty when this JDK names it otherwise
   */
  static Optional<Thread> find(HttpClient client) {
    Matcher id = CLIENT_ID.matcher(client.toString());
    if (!id.find()) {
      return Optional.empty();
    }
    String name = "HttpClient-" + id.group(1) + "-SelectorManager";
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count = root.enumerate(threads, true);
    for (int i = 0; i < count; i++) {
      if (threads[i].getName().equals(name)) {
        return Optional.of(threads[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Stops the selector thread of a client now; the client must not be used afterwards.
   *
   * @param client a client its owner is done with
   */
  public static void stop(HttpClient client) {
    find(client)
        .ifPresent(
            thread -> {
              THREADS.remove(thread);
              thread.interrupt();
            });
  }

  /** {@return whether a thread is registered to be stopped when the JVM shuts down} */
  static boolean isRegistered(Thread thread) {
    return THREADS.contains(thread);
  }

  /** Interrupts every registered selector thread; their clients close. */
  static void stopAll() {
    // a plain loop: the shutdown hook should need no class it has not loaded yet
    for (Thread thread : THREADS.toArray(new Thread[0])) {
      thread.interrupt();
    }
  }
}
