package io.github.fbhooks.benchmarks.jmh;

import io.github.fbhooks.benchmarks.Workload;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.WebhooksConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 4a: load and validate a multi-workspace {@code webhooks.yaml} (YAML with positions,
 * JSON Schema, semantic checks, glob expansion), as {@code featurebase:validate}, plan and apply
 * do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConfigBenchmark {

  @Param({"1000"})
  public int webhooks;

  private Path dir;
  private Path file;
  private ConfigLoader loader;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("fbhooks-jmh");
    file = dir.resolve("webhooks.yaml");
    Files.writeString(
        file,
        Workload.yaml(
            URI.create("http://127.0.0.1:8089"),
            webhooks,
            Workload.workspaces(webhooks),
            "jmh",
            true),
        StandardCharsets.UTF_8);
    loader = new ConfigLoader(name -> null, dir);
    if (loader.load(file).webhookCount() != webhooks) {
      throw new IllegalStateException("the benchmark file does not hold " + webhooks);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public WebhooksConfig loadAndValidate() {
    return loader.load(file);
  }
}
