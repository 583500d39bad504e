package io.github.fbhooks.maven;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.importing.ImportFile;
import io.github.fbhooks.importing.Importer;
import io.github.fbhooks.output.ResultFile;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes the live webhooks of a workspace as configuration YAML, with ids pinned and no secrets, to
 * adopt existing webhooks. Planning the written file right away shows no changes.
 *
 * @since 0.1.0
 */
@Mojo(name = "import", threadSafe = true, requiresProject = false)
public final class ImportMojo extends AbstractApiMojo {

  /**
   * Where to write the configuration. An existing file is never overwritten. Relative paths are
   * resolved against the module directory, or the current directory where there is no pom. The
   * default lies in a directory of its own, so a configuration directory ({@code featurebase/})
   * does not read it beside the file it was imported for.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = FeaturebaseProperties.IMPORT_FILE,
      defaultValue = "featurebase/imported/webhooks.yaml")
  File importFile;

  /**
   * @param decrypter decrypts settings.xml passwords
   */
  @Inject
  public ImportMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  void doExecute() {
    ProjectLayout layout = layout();
    Path target = layout.resolve(importFile);
    String shown = layout.shown(target);
    ImportFile.refuseExisting(target, shown);
    FeaturebaseClient client = client();
    Importer.Result result =
        new Importer(ConfigLoader.SCHEMA_URL)
            .importWorkspace(
                client.listAll(),
                client.settings().baseUrl() + " (server '" + serverId + "')",
                Instant.now(),
                Path.of(shown));
    new ResultFile(target, shown).write(file -> ImportFile.write(file, result.yaml()));
    getLog().info(MavenWords.render(result.doneMessage(shown)));
    result.warnings().forEach(warning -> getLog().warn(MavenWords.render(warning)));
  }
}
