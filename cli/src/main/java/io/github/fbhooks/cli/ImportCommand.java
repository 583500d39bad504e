package io.github.fbhooks.cli;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.importing.Importer;
import io.github.fbhooks.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fbhooks import}: the Maven plugin's {@code import} goal. */
@Command(
    mixinStandardHelpOptions = true,
    name = "import",
    description =
        "Write the live webhooks of the workspace as configuration YAML, ids pinned and no"
            + " secrets, to adopt them; planning the file right away shows no changes.")
final class ImportCommand extends ApiCommand {

  @Option(
      names = "--import-file",
      paramLabel = "<file>",
      defaultValue = "featurebase/imported/webhooks.yaml",
      description =
          "Where to write the configuration; an existing file is never overwritten (default:"
              + " ${DEFAULT-VALUE}).")
  Path importFile;

  @Override
  int run() {
    Path target = context().resolve(importFile);
    String shown = context().shown(target);
    if (Files.isSymbolicLink(target)) {
      throw new UsageException(
          shown
              + " is a symbolic link; import never writes through one (it could point anywhere)."
              + " Remove the link, or choose another file with --import-file=<file>.");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new UsageException(
          shown
              + " exists already; import never overwrites a file. Delete it, or choose another"
              + " file with --import-file=<file>.");
    }
    FeaturebaseClient client = client();
    Importer.Result result =
        new Importer(ConfigLoader.SCHEMA_URL)
            .importWorkspace(
                client.listAll(),
                client.settings().baseUrl() + " (credential '" + trustedTargets().serverId() + "')",
                Instant.now(),
                Path.of(shown));
    try {
      Files.createDirectories(target.getParent());
      // CREATE_NEW fails on anything already there, a link that appeared meanwhile included
      Files.write(
          target,
          result.yaml().getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UsageException(
          "Could not write "
              + shown
              + " ("
              + e.getClass().getSimpleName()
              + "). Check the directory is writable, or choose another file with --import-file.",
          e);
    }
    log()
        .info(
            "Imported "
                + result.webhooks()
                + " webhook(s) to "
                + shown
                + ". To manage them, make it the configuration: move it to featurebase/webhooks.yaml"
                + " (or merge its webhooks into yours), or point --config at it; plan then shows no"
                + " changes.");
    if (!result.problems().isEmpty()) {
      log()
          .warn(
              "The workspace holds what a configuration cannot declare, so plan will refuse the file"
                  + " until it is changed:");
      result.problems().forEach(problem -> log().warn("  " + SafeText.escape(problem.toString())));
    }
    if (!result.environmentVariables().isEmpty()) {
      log()
          .warn(
              "Header values that look like credentials were not written; the file reads them"
                  + " from the environment variables "
                  + String.join(", ", result.environmentVariables())
                  + ". Set them before planning.");
    }
    return ExitCode.OK;
  }
}
