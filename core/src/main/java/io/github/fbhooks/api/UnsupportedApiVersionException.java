package io.github.fbhooks.api;

import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;

/**
 * The configured {@link ApiVersion} has no webhook endpoints (the legacy {@code 2025-12-12.clover}
 * or anything older than {@code 2026-01-01.nova}). Thrown by {@link FeaturebaseClient#create}
 * before any request is sent.
 */
public final class UnsupportedApiVersionException extends FeaturebaseException {

  private final ApiVersion version;

  UnsupportedApiVersionException(ApiVersion version) {
    super(
        "Featurebase API version "
            + version
            + " has no webhook endpoints; use "
            + ApiVersion.NOVA
            + " or later ("
            + Words.setting(Setting.API_VERSION, ApiVersion.NOVA.toString())
            + ").",
        null,
        0,
        "");
    this.version = version;
  }

  /** {@return the refused version} */
  public ApiVersion version() {
    return version;
  }

  @Override
  public String summary() {
    return "API version " + version + " has no webhook endpoints";
  }

  /** {@return false: nothing was sent} */
  @Override
  public boolean outcomeUnknown() {
    return false;
  }

  /** {@return false: only a configuration change helps} */
  @Override
  public boolean isTransient() {
    return false;
  }

  @Override
  FeaturebaseException afterAttempts(int attempts, String retryNote) {
    return this;
  }
}
