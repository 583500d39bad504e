package io.github.fbhooks.contract;

import java.io.IOException;
import java.net.URI;

/**
 * The contract suite against {@link FakeFeaturebase}, so that core's own tests run its use cases.
 */
class FakeFeaturebaseContractTest extends WebhooksContract {

  @Override
  protected AutoCloseable startServer() throws IOException {
    return FakeFeaturebase.start(API_KEY);
  }

  @Override
  protected URI baseUrl(AutoCloseable server) {
    return ((FakeFeaturebase) server).baseUrl();
  }
}
