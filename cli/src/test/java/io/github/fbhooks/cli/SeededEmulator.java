package io.github.fbhooks.cli;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An emulator holding the one webhook the command line's tests rotate: "Production Webhook". */
public final class SeededEmulator {

  private SeededEmulator() {}

  /**
   * Starts an emulator with the webhook.
   *
   * @param dir where the seed file goes
   * @param key the API key the emulator accepts
   * @param id the webhook's id
   * @param secret the webhook's current secret
   * @return the running emulator
   * @throws IOException when the seed file cannot be written
   */
  public static Emulator start(Path dir, String key, String id, String secret) throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        """
        {"webhooks":[
          {"id":"%s","name":"Production Webhook","url":"https://example.com/hook",
           "topics":["post.created"],"secret":"%s"}]}
        """
            .formatted(id, secret));
    return Emulator.start(
        EmulatorOptions.builder()
            .apiKey(Optional.of(Secret.of(key)))
            .seedFile(Optional.of(seed))
            .build());
  }
}
