package io.github.fbhooks.benchmarks.jmh;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.signature.VerificationResult;
import io.github.fbhooks.signature.WebhookSignatures;
import io.github.fbhooks.signature.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 4c: delivery signatures, one thread. {@code verify} is a receiver checking one delivery
 * (two header values and the raw body) with a verifier built once, as a receiver holds one; {@code
 * verifyAfterRotation} has the new secret second, so both MACs are computed for an old-secret
 * delivery.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

  @Param({"1024"})
  public int bodyBytes;

  private static final long NOW = 1_767_225_600L; // 2026-01-01T00:00:00Z

  private final Secret secret = Secret.of("whsec_" + "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6");
  private final Secret rotated = Secret.of("whsec_" + "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
  private byte[] body;
  private String timestamp;
  private String signature;
  private WebhookVerifier verifier;
  private WebhookVerifier rotationVerifier;

  @Setup
  public void setUp() {
    byte[] json = "{\"object\":\"notification_event\",\"data\":\"".getBytes(StandardCharsets.UTF_8);
    body = Arrays.copyOf(json, bodyBytes);
    Arrays.fill(body, json.length, bodyBytes - 2, (byte) 'x');
    body[bodyBytes - 2] = '"';
    body[bodyBytes - 1] = '}';
    timestamp = Long.toString(NOW);
    signature = WebhookSignatures.sign(secret, NOW, body);
    Clock clock = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    verifier = WebhookVerifier.of(secret).withClock(clock);
    rotationVerifier = WebhookVerifier.of(rotated, secret).withClock(clock);
    if (!verifier.verify(timestamp, signature, body).isVerified()
        || !rotationVerifier.verify(timestamp, signature, body).isVerified()) {
      throw new IllegalStateException("the benchmark's signature does not verify");
    }
  }

  @Benchmark
  public String sign() {
    return WebhookSignatures.sign(secret, NOW, body);
  }

  @Benchmark
  public VerificationResult verify() {
    return verifier.verify(timestamp, signature, body);
  }

  @Benchmark
  public VerificationResult verifyAfterRotation() {
    return rotationVerifier.verify(timestamp, signature, body);
  }
}
