package io.github.fbhooks.maven;

import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.config.ConfigLoader;
import io.github.fbhooks.importing.Importer;
import io.github.fbhooks.text.SafeText;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
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
  void doExecute() throws MojoExecutionException {
    ProjectLayout layout = layout();
    Path target = layout.resolve(importFile);
    String shown = layout.shown(target);
    if (Files.isSymbolicLink(target)) {
      throw new UserConfigurationException(
          shown
              + " is a symbolic link; import never writes through one (it could point anywhere)."
              + " Remove the link, or choose another file with -D"
              + FeaturebaseProperties.IMPORT_FILE
              + "=<file>.");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserConfigurationException(
          shown
              + " exists already; import never overwrites a file. Delete it, or choose another"
              + " file with -D"
              + FeaturebaseProperties.IMPORT_FILE
              + "=<file>.");
    }
    FeaturebaseClient client = client();
    Importer.Result result =
        new Importer(ConfigLoader.SCHEMA_URL)
            .importWorkspace(
                client.listAll(),
                client.settings().baseUrl() + " (server '" + serverId + "')",
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
      throw new MojoExecutionException("Could not write " + shown + ": " + e, e);
    }
    getLog()
        .info(
            "Imported "
                + result.webhooks()
                + " webhook(s) to "
                + shown
                + ". To manage them, make it the configuration: move it to featurebase/webhooks.yaml"
                + " (or merge its webhooks into yours), or point -D"
                + FeaturebaseProperties.CONFIG
                + " at it; plan then shows no changes.");
    if (!result.problems().isEmpty()) {
      getLog()
          .warn(
              "The workspace holds what a configuration cannot declare, so plan will refuse the file"
                  + " until it is changed:");
      result
          .problems()
          .forEach(problem -> getLog().warn("  " + SafeText.escape(problem.toString())));
    }
    if (!result.environmentVariables().isEmpty()) {
      getLog()
          .warn(
              "Header values that look like credentials were not written; the file reads them"
                  + " from the environment variables "
                  + String.join(", ", result.environmentVariables())
                  + ". Set them before planning.");
    }
  }
}
