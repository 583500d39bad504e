package io.github.fbhooks.maven;

import io.github.fbhooks.output.SecretFormat;

/** Reads the {@code secretFormat} parameter of the goals that write secret files. */
final class SecretFormats {

  private SecretFormats() {}

  /**
   * @param value the parameter, e.g. {@code dotenv}
   * @return the format
   * @throws UserConfigurationException naming the formats there are
   */
  static SecretFormat parse(String value) {
    return SecretFormat.parse(value == null ? "" : value)
        .orElseThrow(
            () ->
                new UserConfigurationException(
                    "secretFormat \""
                        + value
                        + "\" is not a secret file format: use one of "
                        + SecretFormat.ids()
                        + " (-D"
                        + FeaturebaseProperties.SECRET_FORMAT
                        + "=dotenv)."));
  }
}
