package io.github.fbhooks.benchmarks;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark 5: emulator throughput under concurrent clients. Each client thread sends, in turn, a
 * list of the 10 seeded webhooks and a get of one, over one shared JDK HttpClient (HTTP/1.1
 * keep-alive), for a bounded number of requests and a bounded time. Clients and emulator share the
 * machine's cores, so the numbers are a floor.
 *
 * <p>Usage: {@code EmulatorThroughput [clients,...] [requestsPerRun] [maxSecondsPerRun]}, default
 * {@code 1,4,16 20000 10}.
 */
public final class EmulatorThroughput {

  private EmulatorThroughput() {}

  public static void main(String[] args) throws Exception {
    int[] clients = ApplyScaling.ints(args.length > 0 ? args[0] : "1,4,16");
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int maxSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    System.out.printf(
        "Emulator throughput: %d CPUs, up to %d requests or %d s per run%n%n",
        Runtime.getRuntime().availableProcessors(), requests, maxSeconds);
    System.out.printf(
        "%8s %9s %9s %9s %9s %9s %7s%n",
        "clients", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
    try (Emulator emulator =
        Emulator.start(EmulatorOptions.builder().rateLimitPerMinute(100_000_000).build())) {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String id = seed(http, emulator.baseUrl());
      run(http, emulator.baseUrl(), id, 1, Math.min(2_000, requests), maxSeconds, false); // warm-up
      for (int c : clients) {
        run(http, emulator.baseUrl(), id, c, requests, maxSeconds, true);
      }
    }
  }

  private static String seed(HttpClient http, URI base) throws IOException, InterruptedException {
    String id = null;
    for (int i = 0; i < 10; i++) {
      String body =
          "{\"name\":\"Hook "
              + i
              + "\",\"url\":\"https://hooks.example.com/"
              + i
              + "\",\"topics\":[\"post.created\",\"post.updated\"]}";
      HttpResponse<String> r =
          http.send(
              request(base, "/v2/webhooks").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        throw new IllegalStateException("seeding failed: " + r.statusCode() + " " + r.body());
      }
      int at = r.body().indexOf("\"id\":\"") + 6;
      id = r.body().substring(at, at + 24);
    }
    return id;
  }

  private static HttpRequest.Builder request(URI base, String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer sk_bench_throughput")
        .header("Featurebase-Version", "2026-01-01.nova")
        .header("Content-Type", "application/json");
  }

  private static void run(
      HttpClient http,
      URI base,
      String id,
      int clients,
      int requests,
      int maxSeconds,
      boolean print)
      throws InterruptedException {
    HttpRequest list = request(base, "/v2/webhooks?limit=100").GET().build();
    HttpRequest get = request(base, "/v2/webhooks/" + id).GET().build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[] latencies = new long[requests];
    long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < clients; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  int i;
                  while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<byte[]> r =
                          http.send(
                              i % 2 == 0 ? list : get, HttpResponse.BodyHandlers.ofByteArray());
                      if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                      }
                    } catch (IOException e) {
                      errors.incrementAndGet();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    latencies[i] = System.nanoTime() - t0;
                  }
                } finally {
                  done.countDown();
                }
              },
              "bench-client-" + t);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    done.await();
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    if (print && measured.length > 0) {
      System.out.printf(
          "%8d %9d %9.0f %9.2f %9.2f %9.2f %7d%n",
          clients,
          measured.length,
          measured.length / seconds,
          percentile(measured, 50),
          percentile(measured, 99),
          measured[measured.length - 1] / 1e6,
          errors.get());
    }
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
