package io.github.fbhooks.emulator;

import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.text.Suggestions;
import io.github.fbhooks.webhook.ApiVersion;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the emulator's command line into {@link EmulatorOptions}. Accepts {@code --name value} and
 * {@code --name=value}. Error messages name the option, never the value of {@code --api-key}.
 */
final class CommandLine {

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: java -jar fbhooks-emulator-<version>-standalone.jar [options]",
          "Runs a local Featurebase webhooks API (/v2/webhooks) and its /__emulator/ admin API.",
          "",
          "Options:",
          "  --port N               port to listen on; 0 picks a free one (default 0)",
          "  --host H               interface to listen on (default 127.0.0.1)",
          "  --api-key KEY          accept only this sk_... key (default: any sk_... key)",
          "  --seed FILE            JSON file with the webhooks to start with",
          "  --default-version V    the workspace's default version: requests without a"
              + " Featurebase-Version header,",
          "                         and data.item of deliveries (default 2026-01-01.nova)",
          "  --rate-limit N         requests per minute per API key (default 2000)",
          "  --retry-scale X        speed up the delivery retries (+1 min, +1 h, +6 h): 0.001 makes",
          "                         them +60 ms, +3.6 s, +21.6 s (default 1, more than 0, at most 1)",
          "  --suspend-after N      suspend a webhook after N failed deliveries in a row"
              + " (default "
              + EmulatorOptions.DEFAULT_SUSPEND_AFTER
              + ")",
          "  --max-webhooks N       webhooks a workspace may hold, as a plan may raise Featurebase's"
              + " limit (default "
              + EmulatorOptions.DEFAULT_MAX_WEBHOOKS
              + ")",
          "  --unknown-fields X     refuse (default) or ignore create and update body fields the"
              + " schema lacks",
          "  --latency-ms N         answer every API request N ms late, like a distant server"
              + " (default 0)",
          "  --workspace-per-key    keep one workspace per API key, as Featurebase does (default:"
              + " one shared workspace)",
          "  --allow-external-deliveries",
          "                         deliver events to hosts other than localhost, 127.0.0.0/8 and",
          "                         [::1] (default: such deliveries are logged as refused, not sent)",
          "  --verbose              print one line per request",
          "  --help                 print this help");

  /** A command line the emulator cannot run with; the message is one line for stderr. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /**
   * What the command line asks for.
   *
   * @param help whether only the help was asked for
   * @param options the options to run with
   */
  record Parsed(boolean help, EmulatorOptions options) {}

  /** The options that take no value. */
  private static final Set<String> FLAGS =
      Set.of("--verbose", "--workspace-per-key", "--allow-external-deliveries");

  /** Every option, for the "did you mean" of a mistyped one. */
  private static final List<String> OPTIONS =
      List.of(
          "--port",
          "--host",
          "--api-key",
          "--seed",
          "--default-version",
          "--rate-limit",
          "--retry-scale",
          "--suspend-after",
          "--max-webhooks",
          "--unknown-fields",
          "--latency-ms",
          "--workspace-per-key",
          "--allow-external-deliveries",
          "--verbose",
          "--help");

  /** The largest --max-webhooks: far beyond any plan, small enough to keep lists cheap. */
  private static final int MAX_MAX_WEBHOOKS = 10_000;

  private CommandLine() {}

  static Parsed parse(String[] args) throws UsageException {
    EmulatorOptions options = EmulatorOptions.defaults();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int eq = arg.indexOf('=');
      String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
      Optional<String> inline =
          Optional.ofNullable(eq > 0 && arg.startsWith("--") ? arg.substring(eq + 1) : null);
      if (!seen.add(name)) {
        throw new UsageException(name + " is given more than once");
      }
      switch (name) {
        case "--help":
        case "-h":
          return new Parsed(true, options);
        case "--verbose":
          if (inline.isPresent()) {
            throw new UsageException("--verbose takes no value");
          }
          options = options.toBuilder().verbose(true).build();
          break;
        case "--port":
          options =
              options.toBuilder().port(intValue(name, value(args, i, inline), 0, 65535)).build();
          break;
        case "--host":
          options = options.toBuilder().host(nonBlank(name, value(args, i, inline))).build();
          break;
        case "--api-key":
          options = options.toBuilder().apiKey(apiKey(value(args, i, inline))).build();
          break;
        case "--seed":
          options = options.toBuilder().seedFile(path(name, value(args, i, inline))).build();
          break;
        case "--default-version":
          options = options.toBuilder().defaultVersion(version(value(args, i, inline))).build();
          break;
        case "--rate-limit":
          options =
              options.toBuilder()
                  .rateLimitPerMinute(intValue(name, value(args, i, inline), 1, Integer.MAX_VALUE))
                  .build();
          break;
        case "--retry-scale":
          options = options.toBuilder().retryScale(scale(name, value(args, i, inline))).build();
          break;
        case "--suspend-after":
          options =
              options.toBuilder()
                  .suspendAfter(intValue(name, value(args, i, inline), 1, 1_000_000))
                  .build();
          break;
        case "--max-webhooks":
          options =
              options.toBuilder()
                  .maxWebhooks(intValue(name, value(args, i, inline), 1, MAX_MAX_WEBHOOKS))
                  .build();
          break;
        case "--unknown-fields":
          options =
              options.toBuilder().unknownFields(unknownFields(value(args, i, inline))).build();
          break;
        case "--latency-ms":
          options =
              options.toBuilder()
                  .latency(
                      java.time.Duration.ofMillis(
                          intValue(name, value(args, i, inline), 0, 60_000)))
                  .build();
          break;
        case "--workspace-per-key":
          if (inline.isPresent()) {
            throw new UsageException("--workspace-per-key takes no value");
          }
          options = options.toBuilder().workspacePerKey(true).build();
          break;
        case "--allow-external-deliveries":
          if (inline.isPresent()) {
            throw new UsageException("--allow-external-deliveries takes no value");
          }
          options = options.toBuilder().allowExternalDeliveries(true).build();
          break;
        default:
          // a stray argument is not echoed: it may be a key given without --api-key
          throw new UsageException(
              arg.startsWith("-")
                  ? "unknown option "
                      + name
                      + Suggestions.closest(name, OPTIONS)
                          .map(option -> "; did you mean " + option + "?")
                          .orElse("")
                      + " (see --help)"
                  : "unexpected argument #" + (i + 1) + ": options start with -- (see --help)");
      }
      if (inline.isEmpty() && !FLAGS.contains(name)) {
        i++;
      }
    }
    return new Parsed(false, options);
  }

  private static String value(String[] args, int i, Optional<String> inline) throws UsageException {
    if (inline.isPresent()) {
      return inline.get();
    }
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageException(args[i] + " needs a value");
    }
    return args[i + 1];
  }

  private static int intValue(String name, String value, int min, int max) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        name + " must be a number from " + min + " to " + max + ", got \"" + value + "\"");
  }

  private static double scale(String name, String value) throws UsageException {
    try {
      double scale = Double.parseDouble(value);
      if (scale > 0 && scale <= 1) {
        return scale;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        name + " must be a number more than 0 and at most 1, e.g. 0.001, got \"" + value + "\"");
  }

  private static String nonBlank(String name, String value) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException(name + " must not be blank");
    }
    return value;
  }

  private static Secret apiKey(String value) throws UsageException {
    if (!value.matches("sk_[\\x21-\\x7e]+")) {
      throw new UsageException("--api-key must be a Featurebase API key: sk_ and no spaces");
    }
    return Secret.of(value);
  }

  private static Path path(String name, String value) throws UsageException {
    try {
      return Path.of(nonBlank(name, value));
    } catch (InvalidPathException e) {
      throw new UsageException(name + " is not a valid path: " + e.getMessage());
    }
  }

  private static UnknownFields unknownFields(String value) throws UsageException {
    return UnknownFields.fromWireName(value)
        .orElseThrow(
            () ->
                new UsageException(
                    "--unknown-fields must be refuse or ignore, got \"" + value + "\""));
  }

  private static ApiVersion version(String value) throws UsageException {
    try {
      return ApiVersion.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--default-version: " + e.getMessage());
    }
  }
}
