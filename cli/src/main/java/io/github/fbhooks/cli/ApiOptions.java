package io.github.fbhooks.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to reach the API: version, timeouts, and where the key comes from (never an option). */
final class ApiOptions {

  @Option(
      names = "--api-version",
      paramLabel = "<version>",
      defaultValue = "2026-01-01.nova",
      description = "The Featurebase-Version header (default: ${DEFAULT-VALUE}).")
  String apiVersion;

  @Option(
      names = "--connect-timeout",
      paramLabel = "<seconds>",
      defaultValue = "10",
      description = "TCP connect timeout, 1 to 600 seconds (default: ${DEFAULT-VALUE}).")
  int connectTimeout;

  @Option(
      names = "--read-timeout",
      paramLabel = "<seconds>",
      defaultValue = "30",
      description = "How long to wait for an answer, 1 to 600 seconds (default: ${DEFAULT-VALUE}).")
  int readTimeout;

  @Option(
      names = "--api-key-file",
      paramLabel = "<file>",
      description =
          "Read the API key from this file (owner-only, one line) instead of $"
              + ApiKeys.VARIABLE
              + ".")
  Path apiKeyFile;

  @Option(
      names = "--api-key-stdin",
      description = "Read the API key from the first line of standard input.")
  boolean apiKeyStdin;
}
