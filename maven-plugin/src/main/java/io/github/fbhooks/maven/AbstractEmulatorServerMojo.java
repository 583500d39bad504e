package io.github.fbhooks.maven;

import io.github.fbhooks.emulator.EmulatorOptions;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that starts an emulator: the options both the background and the foreground one take. */
abstract class AbstractEmulatorServerMojo extends AbstractEmulatorMojo {

  /**
   * JSON file of webhooks to start with: {@code {"webhooks": [{"name": ..., "url": ..., "topics":
   * [...]}]}}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_SEED)
  File seed;

  /**
   * Requests per minute per API key before the emulator answers 429.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_RATE_LIMIT, defaultValue = "2000")
  int rateLimit;

  /**
   * How fast failed deliveries are retried: 1 is Featurebase's schedule (+1 min, +1 h, +6 h), 0.001
   * turns it into 60 ms, 3.6 s and 21.6 s.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_RETRY_SCALE, defaultValue = "1")
  double retryScale;

  /**
   * Failed deliveries in a row after which the emulator suspends a webhook.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_SUSPEND_AFTER, defaultValue = "10")
  int suspendAfter;

  /**
   * Webhooks the emulated workspace may hold before a create is refused with 400 invalid_request,
   * as Featurebase refuses one past the workspace's limit: 10 by default, which a workspace's plan
   * can raise.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.EMULATOR_MAX_WEBHOOKS, defaultValue = "10")
  int maxWebhooks;

  /**
   * Whether the emulator delivers events to webhook URLs outside this machine. Off by default: only
   * {@code localhost}, 127.0.0.0/8 and [::1] get deliveries, and an event for any other URL is
   * logged as refused, so a build never sends signed POSTs to the internet by accident.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = FeaturebaseProperties.EMULATOR_ALLOW_EXTERNAL_DELIVERIES,
      defaultValue = "false")
  boolean allowExternalDeliveries;

  /**
   * The emulator options of these parameters.
   *
   * @param port the port to listen on
   * @return the options
   */
  final EmulatorOptions options(int port) {
    return EmulatorOptions.defaults().toBuilder()
        .port(port)
        .seedFile(Optional.ofNullable(seed).map(File::toPath))
        .rateLimitPerMinute(rateLimit)
        .retryScale(retryScale)
        .suspendAfter(suspendAfter)
        .maxWebhooks(maxWebhooks)
        .allowExternalDeliveries(allowExternalDeliveries)
        .build();
  }
}
