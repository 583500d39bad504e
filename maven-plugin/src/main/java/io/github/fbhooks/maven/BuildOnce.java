package io.github.fbhooks.maven;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;

/**
 * Runs an action once per Maven build, however many reactor modules (or {@code -T} threads) run the
 * goal. The first caller runs it; the others wait and get the same result, or the same failure, so
 * a failed rotation is never retried by the next module.
 */
final class BuildOnce {

  // keyed by the execution request, which every per-module copy of the session shares
  private static final Map<Object, Map<String, CompletableFuture<Object>>> BUILDS =
      new WeakHashMap<>();

  private BuildOnce() {}

  /**
   * @param session the build
   * @param key what the action is about, e.g. the goal and the webhook selector
   * @param action the action
   * @return the action's result, and whether this call ran it
   */
  static <T> Result<T> run(MavenSession session, String key, Supplier<T> action) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> existing = futures(session).putIfAbsent(key, mine);
    if (existing != null) {
      try {
        @SuppressWarnings("unchecked")
        T value = (T) existing.join();
        return new Result<>(value, false);
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    }
    try {
      T value = action.get();
      mine.complete(value);
      return new Result<>(value, true);
    } catch (RuntimeException e) {
      mine.completeExceptionally(new AlreadyFailedException(e));
      throw e;
    }
  }

  private static Map<String, CompletableFuture<Object>> futures(MavenSession session) {
    synchronized (BUILDS) {
      return BUILDS.computeIfAbsent(session.getRequest(), request -> new ConcurrentHashMap<>());
    }
  }

  record Result<T>(T value, boolean ranHere) {}

  /** The action failed in an earlier module of this build. */
  static final class AlreadyFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyFailedException(RuntimeException cause) {
      super(
          "This already failed in an earlier module of this build, so it is not tried again: "
              + cause.getMessage(),
          cause);
    }
  }
}
