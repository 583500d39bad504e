package io.github.fbhooks.maven;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.ClientWarmup;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.ProxyConfig;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.WorkspaceTarget;
import io.github.fbhooks.rotate.RotationRecord;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** A goal that talks to the Featurebase API: where, which version, which key, how long to wait. */
abstract class AbstractApiMojo extends AbstractFeaturebaseMojo {

  /**
   * Base URL of the Featurebase API: {@code https}, or {@code http} for a local emulator only.
   * {@code featurebase:emulator-start} sets it to the emulator. A webhooks configuration may name
   * another one only when {@code allowedBaseUrls} lists it.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.BASE_URL, defaultValue = "https://do.featurebase.app")
  String baseUrl;

  /**
   * Further base URLs a webhooks configuration may name in a workspace's {@code baseUrl}. A
   * configuration can come from a pull request, so it may send the API key only where the build
   * itself allows: this {@code baseUrl} or one of these. On the command line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ALLOWED_BASE_URLS)
  List<String> allowedBaseUrls;

  /**
   * Further settings.xml server ids a webhooks configuration may name in a workspace's {@code
   * serverId}; by default only {@code serverId}. On the command line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ALLOWED_SERVER_IDS)
  List<String> allowedServerIds;

  /**
   * The {@code Featurebase-Version} header. Webhooks exist from {@code 2026-01-01.nova} on.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.API_VERSION, defaultValue = "2026-01-01.nova")
  String apiVersion;

  /**
   * The settings.xml server whose {@code <password>} is the API key. A webhooks configuration may
   * name another one only when {@code allowedServerIds} lists it.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SERVER_ID, defaultValue = "featurebase")
  String serverId;

  /**
   * TCP connect timeout in seconds.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.CONNECT_TIMEOUT, defaultValue = "10")
  int connectTimeout;

  /**
   * How long to wait for an answer, in seconds.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.READ_TIMEOUT, defaultValue = "30")
  int readTimeout;

  /** The build's settings.xml: the servers that hold API keys, and the proxies. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  private final SettingsDecrypter decrypter;

  AbstractApiMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  /** A goal that calls Featurebase: the client's JSON and TLS set-up starts on other threads. */
  @Override
  final void prepare() {
    ClientWarmup.start();
  }

  /**
   * Appends a rotation to the record of rotations, and to the CI step summary where there is one.
   */
  final void record(RotationRecord record) {
    ProjectLayout layout = layout();
    Path file = layout.workDirectory().resolve("rotations.jsonl");
    try {
      record.appendTo(file);
    } catch (IOException e) {
      getLog()
          .warn(
              "Could not append this rotation to "
                  + layout.shown(file)
                  + " ("
                  + e.getClass().getSimpleName()
                  + "); the lines above say what was rotated.");
    }
    appendToStepSummary(record.markdownLine(), "this rotation");
  }

  /** {@return a client for the configured API, key resolved from settings or environment} */
  final FeaturebaseClient client() {
    return client(serverId, trustedTargets().baseUrl(), version(), List.of());
  }

  /** {@return the base URLs and servers a webhooks configuration may name in this build} */
  final TrustedTargets trustedTargets() {
    return TrustParameters.of(baseUrl, serverId, allowedBaseUrls, allowedServerIds);
  }

  /**
   * A client for one workspace of a configuration, at its trusted target: the base URL and server
   * the build allows, and its version where the configuration names one (else the goal's).
   */
  final FeaturebaseClient client(WorkspaceTarget target, List<Secret> sensitiveValues) {
    return client(
        target.serverId(),
        target.baseUrl(),
        target.apiVersion().orElseGet(this::version),
        sensitiveValues);
  }

  private FeaturebaseClient client(
      String server, URI uri, ApiVersion version, List<Secret> sensitiveValues) {
    ApiKeySource key =
        new MavenCredentials(decrypter)
            .resolve(server, settings, environment(MavenCredentials.ENV), uri);
    getLog().info("Featurebase API " + uri + " (version " + version + "), " + key + ".");
    ClientSettings clientSettings =
        ClientSettings.builder(uri, key.key())
            .apiKeySource(key.source())
            .apiVersion(version)
            .connectTimeout(ClientSettings.requireConnectTimeout(connectTimeout))
            .readTimeout(ClientSettings.requireReadTimeout(readTimeout))
            .sensitiveValues(sensitiveValues)
            .build();
    Optional<ProxyConfig> proxy = new MavenProxies(decrypter).activeProxy(settings);
    if (proxy.isPresent()) {
      clientSettings = clientSettings.toBuilder().proxy(proxy.get()).build();
    }
    return FeaturebaseClient.create(clientSettings, buildLog());
  }

  private ApiVersion version() {
    try {
      return ApiVersion.parse(apiVersion);
    } catch (IllegalArgumentException e) {
      throw new UserConfigurationException(
          e.getMessage() + ". Set -D" + FeaturebaseProperties.API_VERSION + "=2026-01-01.nova.");
    }
  }
}
