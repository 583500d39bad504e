package io.github.fbhooks.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a fresh emulator on a free loopback port for each test, on a hand-moved clock. */
abstract class EmulatorTestBase {

  static final Instant START = Instant.parse("2026-03-01T10:00:30.250Z");

  protected final MutableClock clock = new MutableClock(START);
  protected final ByteArrayOutputStream console = new ByteArrayOutputStream();
  protected Emulator emulator;
  protected TestClient api;

  /** {@return the options of this test class; override to change them} */
  EmulatorOptions options() {
    return EmulatorOptions.defaults();
  }

  @BeforeEach
  void startEmulator() throws IOException {
    restart(options());
  }

  /** Replaces the running emulator with one using other options. */
  void restart(EmulatorOptions newOptions) throws IOException {
    if (emulator != null) {
      emulator.close();
    }
    emulator =
        Emulator.start(newOptions, clock, new PrintStream(console, true, StandardCharsets.UTF_8));
    api = new TestClient(emulator.baseUrl());
  }

  @AfterEach
  void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  String consoleText() {
    return console.toString(StandardCharsets.UTF_8);
  }
}
