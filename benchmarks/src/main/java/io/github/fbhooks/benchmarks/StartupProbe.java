package io.github.fbhooks.benchmarks;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.SecretRotator;
import io.github.fbhooks.rotate.WebhookSelector;
import io.github.fbhooks.secret.Secret;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.List;

/**
 * Benchmark 1, where the plugin's own time goes: in a fresh JVM, the cold cost of each phase of a
 * rotation as core runs it (Feign/HttpClient set-up, the first and a second request, the rotation),
 * with the classes each phase loads. Run once per JVM by run.sh.
 *
 * <p>Usage: {@code StartupProbe <baseUrl> <webhookName>}; the key is {@code sk_bench_probe}.
 */
public final class StartupProbe {

  private StartupProbe() {}

  public static void main(String[] args) {
    URI base = URI.create(args[0]);
    String webhookName = args[1];
    Phases phases = new Phases();
    FeaturebaseClient client =
        FeaturebaseClient.create(
            ClientSettings.of(base, Secret.of("sk_bench_probe")), BuildLog.NONE);
    phases.mark("Feign client + HttpClient set-up");
    client.listAll();
    phases.mark("first request (list, cold)");
    client.listAll();
    phases.mark("second request (list, warm)");
    RotationProbe.rotate(client, webhookName);
    phases.mark("rotation (use case, warm client)");
    phases.print();
  }

  /** Times and class counts between marks. */
  static final class Phases {
    private final StringBuilder out = new StringBuilder();
    private long last = System.nanoTime();
    private long lastClasses = classes();

    Phases() {
      long jvmMillis = ManagementFactory.getRuntimeMXBean().getUptime();
      out.append(
          String.format("%-36s %8d ms %7d classes%n", "JVM start to main", jvmMillis, lastClasses));
    }

    void mark(String phase) {
      long now = System.nanoTime();
      long classes = classes();
      out.append(
          String.format(
              "%-36s %8.1f ms %7d classes%n", phase, (now - last) / 1e6, classes - lastClasses));
      last = System.nanoTime();
      lastClasses = classes;
    }

    void print() {
      System.out.print(out);
    }

    private static long classes() {
      return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    }
  }

  /** The rotate use case as the plugin calls it. */
  static final class RotationProbe {
    static void rotate(FeaturebaseClient client, String name) {
      new SecretRotator(client, BuildLog.NONE)
          .rotate(
              new RotationRequest(
                  WebhookSelector.byName(name),
                  List.of(
                      new FileSecretSink(
                          secretFile(),
                          SecretFormat.RAW,
                          "secret",
                          new OwnerOnlyFiles(BuildLog.NONE))),
                  false));
    }

    private static java.nio.file.Path secretFile() {
      try {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("fbhooks-probe");
        dir.toFile().deleteOnExit();
        return dir.resolve("webhook.secret");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
