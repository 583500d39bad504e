package io.github.fbhooks.cli;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.api.Transport;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.config.WorkspaceTarget;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.rotate.RotationRecord;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.words.SettingException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/** A command that talks to the Featurebase API: where, which version, which key, how long. */
abstract class ApiCommand extends CliCommand {

  @Mixin TrustOptions trust;

  @Mixin ApiOptions api;

  private ApiKeys keys;

  /** {@return a client for the command line's base URL and key} */
  final FeaturebaseClient client() {
    TrustedTargets targets = trustedTargets();
    return client(targets.serverId(), targets.baseUrl(), version(), List.of());
  }

  /** {@return the base URLs and credential ids a configuration may name} */
  final TrustedTargets trustedTargets() {
    return trust.trustedTargets(context());
  }

  /**
   * A client for one workspace of a configuration, at its trusted target.
   *
   * @param target the workspace's base URL and credential id, already checked
   * @param sensitiveValues further values to scrub from server text
   * @return the client
   */
  final FeaturebaseClient client(WorkspaceTarget target, List<Secret> sensitiveValues) {
    return client(
        target.serverId(),
        target.baseUrl(),
        target.apiVersion().orElseGet(this::version),
        sensitiveValues);
  }

  /** {@return the journal of intents, so an interrupted run can be finished by the next} */
  final IntentJournal journal() {
    return IntentJournal.in(workDirectory().resolve("intents"), log());
  }

  /**
   * Appends a rotation to the record of rotations, and to the CI step summary where there is one.
   *
   * @param record the rotation
   */
  final void record(RotationRecord record) {
    Path file = workDirectory().resolve("rotations.jsonl");
    try {
      record.appendTo(file);
    } catch (IOException e) {
      log()
          .warn(
              "Could not append this rotation to "
                  + context().shown(file)
                  + " ("
                  + e.getClass().getSimpleName()
                  + "); the lines above say what was rotated.");
    }
    appendToStepSummary(record.markdownLine(), "this rotation");
  }

  private FeaturebaseClient client(
      String serverId, URI baseUrl, ApiVersion version, List<Secret> sensitiveValues) {
    if (keys == null) {
      keys = new ApiKeys(context(), Optional.ofNullable(api.apiKeyFile), api.apiKeyStdin);
    }
    ApiKeys.Source key = keys.resolve(serverId);
    log()
        .info(
            "Featurebase API "
                + baseUrl
                + " (version "
                + version
                + "), key from the "
                + key.description()
                + ".");
    ClientSettings.Builder settings =
        ClientSettings.builder(baseUrl, key.key())
            .apiKeySource(key.description())
            .apiVersion(version)
            .connectTimeout(ClientSettings.requireConnectTimeout(api.connectTimeout))
            .readTimeout(ClientSettings.requireReadTimeout(api.readTimeout))
            .sensitiveValues(sensitiveValues)
            // a command's JVM is short-lived: it must not wait at exit for an HTTP selector thread
            .transport(Transport.URL_CONNECTION);
    // core bypasses the proxy for NO_PROXY hosts
    EnvironmentProxy.of(context()).ifPresent(settings::proxy);
    return FeaturebaseClient.create(settings.build(), log());
  }

  private ApiVersion version() {
    try {
      return ApiVersion.parse(api.apiVersion);
    } catch (IllegalArgumentException e) {
      throw new SettingException(e.getMessage() + ". Use --api-version=2026-01-01.nova.", e);
    }
  }
}
