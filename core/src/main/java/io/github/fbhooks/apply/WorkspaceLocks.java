package io.github.fbhooks.apply;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.log.BuildLog;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One apply at a time per workspace in this JVM. Featurebase has no idempotency key, so two applies
 * of one configuration that plan at the same moment (two modules of a {@code -T 2} reactor build)
 * would both create the same webhooks. Holding the workspace's lock from planning to the last
 * change makes the second apply plan after the first one landed, so it sees those changes.
 *
 * <p>A workspace is identified by its base URL and the fingerprint of its API key. Applies in
 * separate processes are not coordinated (see {@code docs/reliability.md}).
 */
final class WorkspaceLocks {

  /** How long an apply waits for another apply of the same workspace before giving up. */
  static final long MAX_WAIT_MINUTES = 10;

  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private WorkspaceLocks() {}

  /** The locks of some workspaces, held until closed. */
  static final class Held implements AutoCloseable {
    private final List<ReentrantLock> locks;

    private Held(List<ReentrantLock> locks) {
      this.locks = locks;
    }

    @Override
    public void close() {
      for (int i = locks.size() - 1; i >= 0; i--) {
        locks.get(i).unlock();
      }
    }
  }

  /**
   * Takes the lock of every workspace the clients reach, in one global order (no deadlock between
   * two multi-workspace applies).
   *
   * @param clients the clients of the workspaces to apply
   * @param log where a wait is announced
   * @return the held locks, to close when the apply is done
   * @throws IllegalStateException when another apply holds a lock for longer than {@value
   *     #MAX_WAIT_MINUTES} minutes, or the thread is interrupted
   */
  static Held acquire(Collection<FeaturebaseClient> clients, BuildLog log) {
    TreeSet<String> keys = new TreeSet<>();
    for (FeaturebaseClient client : clients) {
      keys.add(keyOf(client.settings()));
    }
    List<ReentrantLock> held = new ArrayList<>();
    try {
      for (String key : keys) {
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        if (!lock.tryLock()) {
          log.info(
              "Another apply of the workspace at "
                  + key.substring(0, key.indexOf(' '))
                  + " is running in this build; waiting for it to finish, then planning afresh.");
          if (!lock.tryLock(MAX_WAIT_MINUTES, TimeUnit.MINUTES)) {
            throw new IllegalStateException(
                "Another apply of the workspace at "
                    + key.substring(0, key.indexOf(' '))
                    + " in this build did not finish within "
                    + MAX_WAIT_MINUTES
                    + " minutes; nothing was applied. Run apply again once it is done.");
          }
        }
        held.add(lock);
      }
      return new Held(held);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      new Held(held).close();
      throw new IllegalStateException(
          "Interrupted while waiting for another apply of the same workspace; nothing was applied.",
          e);
    } catch (RuntimeException e) {
      new Held(held).close();
      throw e;
    }
  }

  private static String keyOf(ClientSettings settings) {
    return settings.baseUrl() + " " + settings.apiKey().fingerprint();
  }
}
