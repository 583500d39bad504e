package io.github.fbhooks.maven;

import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.WebhookLimits;
import io.github.fbhooks.config.WebhooksConfig;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the webhooks configuration offline, without an API key: the JSON Schema, the rules of
 * Featurebase's API (names, https URLs, topics, limits), that every {@code ${env:NAME}} a header
 * uses is set, and that every base URL and settings.xml server the file names is one the build
 * allows. Fails the build with one {@code file:line:column: path: message} line per problem.
 *
 * @since 0.1.0
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresProject = false)
public final class ValidateMojo extends AbstractConfigMojo {

  /**
   * The base URL plan and apply use: a workspace of the file may name it, or one of {@code
   * allowedBaseUrls}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.BASE_URL, defaultValue = "https://do.featurebase.app")
  String baseUrl;

  /**
   * The settings.xml server plan and apply use: a workspace of the file may name it, or one of
   * {@code allowedServerIds}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SERVER_ID, defaultValue = "featurebase")
  String serverId;

  /**
   * Further base URLs a workspace may name. On the command line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ALLOWED_BASE_URLS)
  List<String> allowedBaseUrls;

  /**
   * Further settings.xml server ids a workspace may name. On the command line, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ALLOWED_SERVER_IDS)
  List<String> allowedServerIds;

  @Override
  void doExecute() {
    WebhooksConfig loaded = new ConfigLoader(this::environment, baseDirectory()).load(configPath());
    TrustParameters.of(baseUrl, serverId, allowedBaseUrls, allowedServerIds).targetsOf(loaded);
    WebhookLimits.warnings(loaded).forEach(getLog()::warn);
    getLog().info(shown(loaded.sources()) + ": " + loaded.summary() + ": OK");
  }
}
