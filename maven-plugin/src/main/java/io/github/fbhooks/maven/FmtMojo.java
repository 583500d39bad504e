package io.github.fbhooks.maven;

import io.github.fbhooks.config.ConfigFormatter;
import io.github.fbhooks.config.FormatResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites the webhooks configuration in canonical form (key order, topic order, quoting,
 * indentation), keeping every comment. Only a valid configuration is formatted. With {@code
 * -Dfeaturebase.fmt.check} it writes nothing and fails when a file is not canonical, for CI.
 *
 * @since 0.1.0
 */
@Mojo(name = "fmt", threadSafe = true, requiresProject = false)
public final class FmtMojo extends AbstractConfigMojo {

  /**
   * Only check: fail, naming the files, when a file is not in canonical form; write nothing.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.FMT_CHECK, defaultValue = "false")
  boolean check;

  /** Enough to see what is wrong with a file; the rest is what fmt would write anyway. */
  private static final int MAX_DIFF_LINES = 400;

  @Override
  void doExecute() throws MojoFailureException {
    ConfigFormatter formatter = new ConfigFormatter(baseDirectory());
    if (check) {
      FormatResult result = formatter.check(configPath());
      if (!result.isCanonical()) {
        result.diffLines(MAX_DIFF_LINES).forEach(line -> getLog().info(MavenWords.render(line)));
        throw new MojoFailureException(MavenWords.render(result.notCanonicalMessage()));
      }
      getLog().info(FormatResult.shown(result.files()) + ": in canonical form.");
      return;
    }
    FormatResult result = formatter.apply(configPath());
    for (var file : result.changed()) {
      getLog().info("Formatted " + file + ".");
    }
    if (result.isCanonical()) {
      getLog().info(FormatResult.shown(result.files()) + ": already in canonical form.");
    }
  }
}
