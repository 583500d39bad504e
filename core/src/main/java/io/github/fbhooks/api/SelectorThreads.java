package io.github.fbhooks.api;

import java.net.http.HttpClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closes fbhooks' JDK HTTP clients, and with them their selector threads: when their owner is done
 * with one (the emulator's delivery client), or when the JVM shuts down, if the program asked for
 * that. Closing uses the documented API only: {@link HttpClient} is {@link AutoCloseable} from JDK
 * 21 on.
 *
 * <p>Why: an idle client's selector thread waits for sockets in native code, and on exit HotSpot
 * waits up to 300 ms for threads in native code (30 polls of 10 ms in {@code VM_Exit}). A closed
 * client's thread has ended, so the JVM exits at once.
 *
 * <p>On JDK 17 to 20 an {@code HttpClient} cannot be closed, so nothing happens and a program that
 * called the API exits up to 0.3 s later. A short-lived program that must not wait there chooses
 * {@link Transport#URL_CONNECTION}, which starts an {@code HttpClient} only for PATCH (the command
 * line does). Finding the thread by the name the JDK gives it and interrupting it would rely on JDK
 * internals, so fbhooks does not.
 *
 * <p>Closing at exit is opt-in ({@link #stopRegisteredAtExit()}), for short-lived programs such as
 * the Maven plugin: a closed client accepts no new request, so a long-running application whose own
 * shutdown hooks may still call Featurebase must not opt in; 0.3 s at its exit costs it nothing.
 */
public final class SelectorThreads {

  private static final Set<HttpClient> CLIENTS = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOK_ADDED = new AtomicBoolean();

  private SelectorThreads() {}

  /**
   * Registers a client to be closed when the JVM shuts down if {@link #stopRegisteredAtExit()} was
   * called (before or after), unless {@link #stop} closed it before.
   *
   * @param client a client that may live until the JVM exits
   */
  public static void register(HttpClient client) {
    CLIENTS.add(client);
  }

  /**
   * Makes this JVM close the registered clients when it shuts down; for short-lived programs only
   * (see the class comment). Calling it again does nothing.
   */
  public static void stopRegisteredAtExit() {
    if (HOOK_ADDED.compareAndSet(false, true)) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(SelectorThreads::stopAll, "fbhooks-http-stop"));
    }
  }

  /** {@return whether this JVM closes the registered clients when it shuts down} */
  public static boolean stopsRegisteredAtExit() {
    return HOOK_ADDED.get();
  }

  /**
   * Closes a client now, where the JDK can (21 and later), abandoning its requests in flight; the
   * client must not be used afterwards.
   *
   * @param client a client its owner is done with
   */
  public static void stop(HttpClient client) {
    CLIENTS.remove(client);
    close(client);
  }

  /** {@return whether a client is registered to be closed when the JVM shuts down} */
  static boolean isRegistered(HttpClient client) {
    return CLIENTS.contains(client);
  }

  /** {@return whether this JDK can close an {@link HttpClient} (21 and later)} */
  static boolean canClose(HttpClient client) {
    return client instanceof AutoCloseable;
  }

  /** Closes every registered client. */
  static void stopAll() {
    for (HttpClient client : CLIENTS.toArray(new HttpClient[0])) {
      close(client);
    }
  }

  private static void close(HttpClient client) {
    // HttpClient implements AutoCloseable from JDK 21; compiled for 17, the check is how to call it
    if (client instanceof AutoCloseable closeable) {
      // close() waits for requests in flight, unless the closing thread is interrupted, when it
      // stops them (HttpClient.shutdownNow()): an owner done with a client, or a JVM on its way
      // out, must not wait for a stalled request
      boolean wasInterrupted = Thread.interrupted();
      Thread.currentThread().interrupt();
      try {
        closeable.close();
      } catch (Exception e) {
        // HttpClient.close() declares no checked exception; a client that fails to close is
        // left to the JVM's exit, as on JDK 17
      } finally {
        Thread.interrupted();
        if (wasInterrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
