package io.github.fbhooks.api;

import java.net.http.HttpClient;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops the selector threads of fbhooks' JDK HTTP clients: when the JVM shuts down, or when their
 * owner closes (the emulator's delivery client).
 *
 * <p>Why: a JDK 17 {@link HttpClient} cannot be closed ({@code close()} came with JDK 21), and its
 * selector thread waits for sockets in native code. On exit HotSpot waits up to 300 ms for threads
 * in native code to stop (30 polls of 10 ms in {@code VM_Exit}), so every Maven build that had
 * called the API (or started the emulator) ended 0.3 s late: a third of what {@code
 * featurebase:rotate-secret} added to a build (BENCHMARKS.md). An interrupt ends the selector
 * thread at once, which closes its client: a request sent on it afterwards never completes.
 *
 * <p>The thread is found by the name the JDK gives it, {@code HttpClient-<id>-SelectorManager},
 * with the id that the client's {@code toString()} ends with (the JDK's own tests rely on both).
 * Should either change, nothing is stopped and the JVM merely exits later.
 */
public final class SelectorThreads {

  private static final Pattern CLIENT_ID = Pattern.compile("\\((\\d+)\\)$");
  private static final Set<Thread> THREADS = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

  private SelectorThreads() {}

  /**
   * Arranges for the selector thread of a client to be stopped when the JVM shuts down, unless
   * {@link #stop} stopped it before.
   *
   * @param client a client that may live until the JVM exits
   */
  public static void stopAtExit(HttpClient client) {
    find(client)
        .ifPresent(
            thread -> {
              THREADS.add(thread);
              if (HOOK_ADDED.compareAndSet(false, true)) {
                Runtime.getRuntime()
                    .addShutdownHook(new Thread(SelectorThreads::stopAll, "fbhooks-http-stop"));
              }
            });
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

  /** {@return whether a thread is stopped when the JVM shuts down} */
  static boolean stopsAtExit(Thread thread) {
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
