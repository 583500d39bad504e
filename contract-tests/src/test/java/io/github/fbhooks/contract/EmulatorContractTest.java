package io.github.fbhooks.contract;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.net.URI;

/** The contract suite against the emulator. */
class EmulatorContractTest extends WebhooksContract {

  @Override
  protected AutoCloseable startServer() throws IOException {
    return Emulator.start(EmulatorOptions.builder().apiKey(Secret.of(API_KEY)).build());
  }

  @Override
  protected URI baseUrl(AutoCloseable server) {
    return ((Emulator) server).baseUrl();
  }
}
