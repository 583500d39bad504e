package io.github.fbhooks.cli;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.importing.ImportFile;
import io.github.fbhooks.importing.Importer;
import io.github.fbhooks.output.ResultFile;
import java.nio.file.Path;
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
  int execute() {
    Path target = context().resolve(importFile);
    String shown = context().shown(target);
    ImportFile.refuseExisting(target, shown);
    FeaturebaseClient client = client();
    Importer.Result result =
        new Importer(ConfigLoader.SCHEMA_URL)
            .importWorkspace(
                client.listAll(),
                client.settings().baseUrl() + " (credential '" + trustedTargets().serverId() + "')",
                Instant.now(),
                Path.of(shown));
    new ResultFile(target, shown).write(file -> ImportFile.write(file, result.yaml()));
    log().info(result.doneMessage(shown));
    result.warnings().forEach(log()::warn);
    return ExitCode.OK;
  }
}
