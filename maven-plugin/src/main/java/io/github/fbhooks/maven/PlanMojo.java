package io.github.fbhooks.maven;

import io.github.fbhooks.output.ResultFile;
import io.github.fbhooks.plan.Action;
import io.github.fbhooks.plan.DriftCheck;
import io.github.fbhooks.plan.Plan;
import io.github.fbhooks.plan.PlanJson;
import io.github.fbhooks.plan.PlanRenderer;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Shows what {@code apply} would change: diffs the configuration against the live workspaces (list
 * calls only) and prints a Terraform-like plan. Writes the machine-readable plan to {@code
 * target/featurebase/plan.json}, sets the {@code featurebase.plan.*} project properties, and adds a
 * Markdown summary to {@code $GITHUB_STEP_SUMMARY} when set.
 *
 * @since 0.1.0
 */
@Mojo(name = "plan", threadSafe = true, requiresProject = false)
public final class PlanMojo extends AbstractReconcileMojo {

  /**
   * Also save the plan here, for {@code featurebase:apply -Dfeaturebase.planFile=...} to apply
   * exactly this plan.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.PLAN_FILE)
  File planFile;

  /**
   * Fail the build when changes are pending: a drift check for CI.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.FAIL_ON_CHANGES, defaultValue = "false")
  boolean failOnChanges;

  /**
   * @param decrypter decrypts settings.xml passwords
   */
  @Inject
  public PlanMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  void doExecute() throws MojoExecutionException, MojoFailureException {
    Plan plan = planning().plan(loadConfig(), filter());
    log(plan);
    ProjectLayout layout = layout();
    write(plan, layout.workDirectory().resolve("plan.json"), layout);
    if (planFile != null) {
      Path saved = layout.resolve(planFile);
      write(plan, saved, layout);
      getLog().info("Saved the plan to " + layout.shown(saved) + ".");
    }
    Properties properties = project.getProperties();
    properties.setProperty(
        FeaturebaseProperties.PLAN_HAS_CHANGES, String.valueOf(plan.hasChanges()));
    properties.setProperty(
        FeaturebaseProperties.PLAN_CREATES, String.valueOf(plan.count(Action.CREATE)));
    properties.setProperty(
        FeaturebaseProperties.PLAN_UPDATES, String.valueOf(plan.count(Action.UPDATE)));
    properties.setProperty(
        FeaturebaseProperties.PLAN_DELETES, String.valueOf(plan.count(Action.DELETE)));
    writeStepSummary(plan);
    if (failOnChanges) {
      Optional<String> failure = DriftCheck.failure(plan);
      if (failure.isPresent()) {
        throw new MojoFailureException(MavenWords.render(failure.get()));
      }
    }
  }

  private static void write(Plan plan, Path file, ProjectLayout layout) {
    new ResultFile(file, layout.shown(file)).write(f -> PlanJson.write(plan, f));
  }

  private void writeStepSummary(Plan plan) {
    appendToStepSummary(PlanRenderer.markdown(plan) + "\n", "the plan");
  }
}
