package io.github.fbhooks.maven;

import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.config.WebhookLimits;
import io.github.fbhooks.config.WebhooksConfig;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the webhooks configuration offline, without an API key: the JSON Schema, the rules of
 * Featurebase's API (names, https URLs, topics, limits) and that every {@code ${env:NAME}} a header
 * uses is set. Fails the build with one {@code file:line:column: path: message} line per problem.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractConfigMojo {

  @Override
  void doExecute() {
    WebhooksConfig loaded = new ConfigLoader(this::environment, baseDirectory()).load(configPath());
    WebhookLimits.warnings(loaded).forEach(getLog()::warn);
    getLog().info(shown(loaded.sources()) + ": " + loaded.summary() + ": OK");
  }
}
