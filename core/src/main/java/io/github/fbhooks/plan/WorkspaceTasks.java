package io.github.fbhooks.plan;

import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.SettingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs one task per workspace, several workspaces at once (bounded), while workspaces that share an
 * API key run one after another, so that running workspaces concurrently never multiplies the
 * request rate of one key (Featurebase allows 2,000 requests a minute per key). Used by plan (list
 * calls) and apply.
 */
public final class WorkspaceTasks {

  /** How many workspaces plan and apply handle at once unless told otherwise. */
  public static final int DEFAULT_WORKSPACE_PARALLELISM = 4;

  /**
   * The most workspaces at once: a thread each, and up to the request parallelism connections each.
   * The rate limit does not bound it (it is per key, and one key's workspaces run in turn).
   */
  public static final int MAX_WORKSPACE_PARALLELISM = 16;

  private WorkspaceTasks() {}

  /**
   * Checks a workspace parallelism a user set.
   *
   * @param value the value, 1 to {@value #MAX_WORKSPACE_PARALLELISM}
   * @return the value
   * @throws SettingException for a value out of range
   */
  public static int requireWorkspaceParallelism(int value) {
    return SettingException.requireWithin(
        Setting.WORKSPACE_PARALLELISM,
        value,
        MAX_WORKSPACE_PARALLELISM,
        DEFAULT_WORKSPACE_PARALLELISM);
  }

  /**
   * Runs {@code task} for the indices {@code 0..count-1}.
   *
   * @param count how many workspaces
   * @param keyOf the identity of a workspace's API key (base URL and key); equal keys run in turn,
   *     in index order
   * @param bound how many workspaces may run at once, at least 1; 1 runs everything in this thread
   * @param task the work of one workspace
   * @param <T> the result of one workspace
   * @return the results in index order
   * @throws RuntimeException the failure of the lowest index that failed, after every other
   *     workspace finished (a workspace whose key-mate failed before it is not started)
   */
  public static <T> List<T> run(
      int count, IntFunction<Object> keyOf, int bound, IntFunction<T> task) {
    if (bound < 1) {
      throw new IllegalArgumentException("bound must be at least 1, was " + bound);
    }
    Map<Object, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      byKey.computeIfAbsent(keyOf.apply(i), k -> new ArrayList<>()).add(i);
    }
    List<T> results = new ArrayList<>(count);
    if (bound == 1 || byKey.size() <= 1) {
      for (int i = 0; i < count; i++) {
        results.add(task.apply(i));
      }
      return results;
    }
    Object[] done = new Object[count];
    RuntimeException[] failures = new RuntimeException[count];
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(bound, byKey.size()),
            r -> {
              Thread t = new Thread(r, "fbhooks-workspace-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (List<Integer> indices : byKey.values()) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i : indices) {
                    try {
                      done[i] = task.apply(i);
                    } catch (RuntimeException e) {
                      failures[i] = e;
                      return;
                    }
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the workspaces", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Arrays.stream(failures)
        .filter(f -> f != null)
        .findFirst()
        .ifPresent(
            f -> {
              throw f;
            });
    for (Object result : done) {
      @SuppressWarnings("unchecked")
      T t = (T) result;
      results.add(t);
    }
    return results;
  }
}
