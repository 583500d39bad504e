package io.github.fbhooks.contract;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.Transport;

/**
 * The {@link Transport} the HTTP suites run on: the system property {@value #PROPERTY}, else {@link
 * Transport#HTTP_CLIENT}. The builds of core and contract-tests run those suites once per transport
 * (a second surefire execution sets the property), as Feign runs one client test against every
 * client.
 */
public final class TestTransport {

  /** The system property that names the transport. */
  public static final String PROPERTY = "fbhooks.test.transport";

  private TestTransport() {}

  /** {@return the transport of this run} */
  public static Transport current() {
    return Transport.valueOf(System.getProperty(PROPERTY, Transport.HTTP_CLIENT.name()));
  }

  /**
   * Settings on this run's transport.
   *
   * @param settings settings on any transport
   * @return the same settings on {@link #current()}
   */
  public static ClientSettings on(ClientSettings settings) {
    return settings.toBuilder().transport(current()).build();
  }
}
