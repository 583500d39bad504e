package io.github.fbhooks.cli;

import io.github.fbhooks.api.ApiKeyShape;
import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.words.SettingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Featurebase API key. It is never an option (it would land in shell history and process
 * lists): the key of the default credential {@value #DEFAULT_SERVER} comes from the environment
 * variable {@value #VARIABLE}, a file ({@code --api-key-file}) or standard input ({@code
 * --api-key-stdin}), exactly one of them; the key of another credential id {@code X} (a workspace's
 * {@code serverId}) from {@code FEATUREBASE_API_KEY_X}.
 */
final class ApiKeys {

  /** The environment variable of the default credential. */
  static final String VARIABLE = ClientSettings.API_KEY_VARIABLE;

  /** The default credential id, as the Maven plugin's default settings.xml server. */
  static final String DEFAULT_SERVER = "featurebase";

  private final CliContext context;
  private final Optional<Path> keyFile;
  private final boolean fromStdin;
  private Secret stdinKey;

  /**
   * @param context the environment and standard input
   * @param keyFile {@code --api-key-file}, if given
   * @param fromStdin {@code --api-key-stdin}
   */
  ApiKeys(CliContext context, Optional<Path> keyFile, boolean fromStdin) {
    this.context = context;
    this.keyFile = keyFile;
    this.fromStdin = fromStdin;
  }

  /**
   * The environment variable of a credential id.
   *
   * @param serverId a credential id
   * @return {@value #VARIABLE} for the default one, else {@code FEATUREBASE_API_KEY_<ID>}, the id
   *     upper-cased with every other character than a letter or digit as {@code _}
   */
  static String variable(String serverId) {
    return DEFAULT_SERVER.equals(serverId)
        ? VARIABLE
        : VARIABLE + "_" + serverId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  /**
   * The key of a credential id, and where it came from.
   *
   * @param serverId the credential id
   * @return the key and its source, e.g. {@code environment variable FEATUREBASE_API_KEY}
   * @throws SettingException when no key, or more than one, is given, or it is no API key
   */
  synchronized Source resolve(String serverId) {
    String variable = variable(serverId);
    List<Source> sources = new ArrayList<>();
    String fromEnvironment = context.env(variable);
    if (fromEnvironment != null) {
      sources.add(
          new Source(Secret.of(fromEnvironment.trim()), "environment variable " + variable));
    }
    boolean defaultServer = DEFAULT_SERVER.equals(serverId);
    if (defaultServer && keyFile.isPresent()) {
      sources.add(new Source(readFile(keyFile.get()), "file " + context.shown(keyFile.get())));
    }
    if (defaultServer && fromStdin) {
      sources.add(new Source(readStdin(), "standard input"));
    }
    if (sources.size() > 1) {
      throw new SettingException(
          "The Featurebase API key is given twice: in the "
              + sources.get(0).description()
              + " and in the "
              + sources.get(1).description()
              + ". Give it once, so it is clear which key this run uses.");
    }
    if (sources.isEmpty()) {
      throw new SettingException(
          defaultServer
              ? "No Featurebase API key. Set the environment variable "
                  + VARIABLE
                  + ", or give --api-key-file=<file>, or pipe it in with --api-key-stdin. The key"
                  + " is never an option: options land in shell history and process lists."
              : "No Featurebase API key for the credential id '"
                  + serverId
                  + "' a workspace names. Set the environment variable "
                  + variable
                  + ".");
    }
    Source source = sources.get(0);
    ApiKeyShape.require(source.key(), "the " + source.description());
    return source;
  }

  private Secret readFile(Path file) {
    Path path = context.resolve(file);
    String shown = context.shown(path);
    try {
      String content = Files.readString(path, StandardCharsets.UTF_8).trim();
      if (content.isEmpty()) {
        throw new SettingException(
            "The API key file " + shown + " is empty. Put the Featurebase API key in it.");
      }
      warnIfOthersCanRead(path, shown);
      return Secret.of(firstLine(content));
    } catch (NoSuchFileException e) {
      throw new SettingException(
          "The API key file "
              + shown
              + " does not exist. Check --api-key-file, or set "
              + VARIABLE
              + " instead.",
          e);
    } catch (IOException e) {
      throw new SettingException(
          "Cannot read the API key file "
              + shown
              + " ("
              + e.getClass().getSimpleName()
              + "). Check that it is a readable file.",
          e);
    }
  }

  private void warnIfOthersCanRead(Path path, String shown) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
      if (permissions.contains(PosixFilePermission.GROUP_READ)
          || permissions.contains(PosixFilePermission.OTHERS_READ)) {
        context
            .err()
            .println(
                "Warning: the API key file "
                    + shown
                    + " can be read by other users; make it owner-only (chmod 600).");
      }
    } catch (UnsupportedOperationException | IOException e) {
      // no POSIX permissions here (Windows): nothing to check
    }
  }

  private Secret readStdin() {
    if (stdinKey == null) {
      try {
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || line.isBlank()) {
          throw new SettingException(
              "--api-key-stdin was given, but standard input holds no key. Pipe the key in, e.g."
                  + " 'fbhooks ... --api-key-stdin < key-file'.");
        }
        stdinKey = Secret.of(line.trim());
      } catch (IOException e) {
        throw new SettingException(
            "Cannot read the API key from standard input (" + e.getClass().getSimpleName() + ").",
            e);
      }
    }
    return stdinKey;
  }

  private static String firstLine(String content) {
    int end = content.indexOf('\n');
    return (end < 0 ? content : content.substring(0, end)).trim();
  }

  /**
   * A key and where it came from.
   *
   * @param key the key
   * @param description its source, for messages; never the key
   */
  record Source(Secret key, String description) {}
}
