package io.github.fbhooks.maven;

import io.github.fbhooks.output.SecretDocument;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;

/**
 * What the secret goals of one Maven build did to each webhook, however many reactor modules (or
 * {@code -T} threads) run them. Keyed by the resolved webhook (base URL and id), not by how a
 * module selects it, so modules that name one webhook by name and by id share it. The goals of one
 * webhook run one at a time; the first rotation is the only one, later modules hand out its secret;
 * a failed rotation is never tried again by a later module.
 */
final class BuildOnce {

  // keyed by the execution request, which every per-module copy of the session shares
  private static final Map<Object, Map<String, Webhook>> BUILDS = new WeakHashMap<>();

  private BuildOnce() {}

  /**
   * The state of one webhook in this build.
   *
   * @param session the build
   * @param key the base URL and the webhook id
   * @return its state, shared by every module of the build
   */
  static Webhook webhook(MavenSession session, String key) {
    Map<String, Webhook> webhooks;
    synchronized (BUILDS) {
      webhooks = BUILDS.computeIfAbsent(session.getRequest(), request -> new ConcurrentHashMap<>());
    }
    return webhooks.computeIfAbsent(key, k -> new Webhook());
  }

  /** One webhook's state in a build: a lock, the secret its rotation handed out, or its failure. */
  static final class Webhook {
    private final ReentrantLock lock = new ReentrantLock();
    private SecretDocument rotated;
    private RuntimeException failure;

    /** Runs an action holding the webhook's lock: one goal per webhook at a time. */
    <T> T locked(Supplier<T> action) {
      lock.lock();
      try {
        return action.get();
      } finally {
        lock.unlock();
      }
    }

    /** {@return the secret an earlier rotation of this build handed out} */
    Optional<SecretDocument> rotated() {
      return Optional.ofNullable(rotated);
    }

    /** Remembers the secret this build's rotation handed out. */
    void rotated(SecretDocument document) {
      rotated = document;
    }

    /** {@return the failure of this build's rotation, if it failed} */
    Optional<RuntimeException> failure() {
      return Optional.ofNullable(failure);
    }

    /** Remembers that this build's rotation failed: no later module tries it again. */
    void failed(RuntimeException e) {
      failure = e;
    }
  }

  /** The action failed in an earlier module of this build. */
  static final class AlreadyFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlreadyFailedException(RuntimeException cause) {
      super(
          "This already failed in an earlier module of this build, so it is not tried again: "
              + io.github.fbhooks.words.Words.of(cause),
          cause);
    }
  }
}
