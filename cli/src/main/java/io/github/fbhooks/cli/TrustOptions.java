package io.github.fbhooks.cli;

import io.github.fbhooks.api.BaseUrls;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.config.TrustedTargets;
import io.github.fbhooks.words.SettingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the API key may go: the base URL and credential id of the command line (or the
 * environment), and those a webhooks configuration may name besides. A configuration can come from
 * a pull request, so it may send a key only where the command line allows.
 */
final class TrustOptions {

  /** The environment variable that sets the base URL when {@code --base-url} is not given. */
  static final String BASE_URL_VARIABLE = "FEATUREBASE_BASE_URL";

  @Option(
      names = "--base-url",
      paramLabel = "<url>",
      description =
          "Base URL of the Featurebase API: https, or http for a local emulator only. Default:"
              + " $FEATUREBASE_BASE_URL, else https://do.featurebase.app.")
  String baseUrl;

  @Option(
      names = "--allowed-base-url",
      paramLabel = "<url>",
      split = ",",
      description =
          "A further base URL a webhooks configuration may name (repeatable, or comma-separated).")
  List<String> allowedBaseUrls = new ArrayList<>();

  @Option(
      names = "--server-id",
      paramLabel = "<id>",
      defaultValue = ApiKeys.DEFAULT_SERVER,
      description =
          "The credential id whose key is used: featurebase (the default) reads $"
              + ApiKeys.VARIABLE
              + ", any other id X reads $"
              + ApiKeys.VARIABLE
              + "_X.")
  String serverId;

  @Option(
      names = "--allowed-server-id",
      paramLabel = "<id>",
      split = ",",
      description =
          "A further credential id a webhooks configuration may name (repeatable, or"
              + " comma-separated).")
  List<String> allowedServerIds = new ArrayList<>();

  /**
   * {@return the base URLs and credential ids a configuration may name}
   *
   * @param context for {@value #BASE_URL_VARIABLE}
   */
  TrustedTargets trustedTargets(CliContext context) {
    URI base = baseUri(context);
    List<URI> urls = new ArrayList<>();
    for (String url : nonBlank(allowedBaseUrls)) {
      urls.add(parse(url, "--allowed-base-url"));
    }
    String server = serverId == null || serverId.isBlank() ? ApiKeys.DEFAULT_SERVER : serverId;
    return TrustedTargets.of(base, server.trim()).allowing(urls, nonBlank(allowedServerIds));
  }

  private URI baseUri(CliContext context) {
    if (baseUrl != null) {
      return parse(baseUrl, "--base-url");
    }
    String fromEnvironment = context.env(BASE_URL_VARIABLE);
    return fromEnvironment == null
        ? ClientSettings.DEFAULT_BASE_URL
        : parse(fromEnvironment, "the environment variable " + BASE_URL_VARIABLE);
  }

  private static URI parse(String url, String where) {
    try {
      return BaseUrls.parse(url);
    } catch (IllegalArgumentException e) {
      throw new SettingException(
          e.getMessage()
              + " ("
              + where
              + "). Use e.g. --base-url="
              + ClientSettings.DEFAULT_BASE_URL
              + ".",
          e);
    }
  }

  private static List<String> nonBlank(List<String> values) {
    return values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}
