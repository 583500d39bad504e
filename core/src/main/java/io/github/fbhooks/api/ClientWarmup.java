package io.github.fbhooks.api;

import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookPage;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/**
 * Prepares in the background what the first request of any client needs, whatever its settings: the
 * wire mapper with its readers of webhook answers, and the JDK's default TLS context (which reads
 * the trust store). A short-lived program (a build step, a command line) calls {@link #start()} as
 * soon as it knows it will call Featurebase, so that this work overlaps its own set-up (reading
 * settings, building the client) instead of following it: over HTTPS on two cores a rotation ends
 * about 0.2 s sooner (see BENCHMARKS.md). Nothing is sent and no setting is read.
 */
public final class ClientWarmup {

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private ClientWarmup() {}

  /**
   * Starts the preparation on two daemon threads, once per JVM; later calls do nothing. A failure
   * here is ignored: the first request meets it again and reports it.
   */
  public static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    daemon(
        "fbhooks-warmup-json",
        () -> {
          // a reader for a type resolves its deserializers, those of nested types included
          JsonMappers.wire().readerFor(WebhookPage.class);
          JsonMappers.wire().readerFor(Webhook.class);
          JsonMappers.wire().readerFor(DeletedWebhook.class);
        });
    daemon("fbhooks-warmup-tls", SSLContext::getDefault);
  }

  private static void daemon(String name, ThrowingTask task) {
    Thread thread =
        new Thread(
            () -> {
              try {
                task.run();
              } catch (Exception | LinkageError ignored) {
                // only a head start: the first request does this work again and reports it
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  @FunctionalInterface
  private interface ThrowingTask {
    void run() throws Exception;
  }
}
