package io.github.fbhooks.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of commands: each test gets its own directory, environment and emulator. */
abstract class CliTest {

  @TempDir Path dir;

  CliHarness cli;

  @BeforeEach
  final void startEmulator() throws IOException {
    cli = new CliHarness(dir);
  }

  @AfterEach
  final void stopEmulator() {
    cli.close();
  }
}
