package io.github.fbhooks.maven;

import io.github.fbhooks.apply.ApplyResultJson;
import io.github.fbhooks.apply.Reconciler;
import io.github.fbhooks.config.SecretOutputNames;
import io.github.fbhooks.journal.IntentJournal;
import io.github.fbhooks.output.FileSecretSink;
import io.github.fbhooks.output.OwnerOnlyFiles;
import io.github.fbhooks.output.ResultFile;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.plan.PlanJson;
import io.github.fbhooks.plan.SavedPlan;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Makes the live webhooks match the configuration: computes a fresh plan (or checks that a saved
 * one is still current), prints it, then applies exactly that. The secret of each created webhook
 * goes to an owner-only file in {@code secretDirectory} and to the project property {@code
 * featurebase.webhook.<name>.secret}, since creation is the only moment it is handed out.
 *
 * @since 0.1.0
 */
@Mojo(name = "apply", threadSafe = true, requiresProject = false)
public final class ApplyMojo extends AbstractReconcileMojo {

  /**
   * A plan saved by {@code featurebase:plan -Dfeaturebase.planFile=...}: apply exactly it, and
   * refuse it when a webhook or the configuration changed since.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.PLAN_FILE)
  File planFile;

  /**
   * How many requests may run at once per workspace.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.PARALLELISM, defaultValue = "4")
  int parallelism;

  /**
   * Directory that receives the secret of each created webhook, one owner-only file per webhook
   * named after it. Default: {@code featurebase/secrets} in the build directory ({@code
   * target/featurebase/secrets}, also where there is no pom).
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SECRET_DIRECTORY)
  File secretDirectory;

  /**
   * Layout of the secret files: {@code raw}, {@code dotenv}, {@code properties} or {@code json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SECRET_FORMAT, defaultValue = "raw")
  String secretFormat;

  /**
   * @param decrypter decrypts settings.xml passwords
   */
  @Inject
  public ApplyMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  void doExecute() throws MojoExecutionException {
    int requestsAtOnce = Reconciler.requireParallelism(parallelism);
    SecretFormat format = SecretFormats.parse(secretFormat);
    Optional<SavedPlan> saved = readSavedPlan();
    ProjectLayout layout = layout();
    Path secrets =
        secretDirectory == null
            ? layout.workDirectory().resolve("secrets")
            : layout.resolve(secretDirectory);
    Path resultPath = layout.workDirectory().resolve("apply-result.json");
    ResultFile resultJson = new ResultFile(resultPath, layout.shown(resultPath));
    resultJson.removeEarlier();
    Reconciler.Report report =
        new Reconciler(
                planning(),
                buildLog(),
                IntentJournal.in(layout.workDirectory().resolve("intents"), buildLog()))
            .apply(
                new Reconciler.Request(
                    loadConfig(),
                    filter(),
                    saved,
                    requestsAtOnce,
                    key -> secretOutputs(secrets, key, format),
                    workspaceParallelism()),
                this::log);
    ApplyResultJson.writeOrWarn(report, resultJson, MavenWords::render, buildLog());
    if (!report.isComplete()) {
      throw new MojoExecutionException(MavenWords.render(report.incompleteMessage()));
    }
    getLog().info(report.completeMessage());
  }

  private Optional<SavedPlan> readSavedPlan() {
    if (planFile == null) {
      return Optional.empty();
    }
    Path saved = layout().resolve(planFile);
    return Optional.of(PlanJson.readSaved(saved, layout().shown(saved)));
  }

  /** The outputs of a created webhook's secret, named by its output key. */
  private List<SecretSink> secretOutputs(Path directory, String key, SecretFormat format) {
    String property = SecretOutputNames.secretProperty(key);
    Path file = directory.resolve(format.fileName(key));
    return List.of(
        new FileSecretSink(
            file, layout().shown(file), format, property, new OwnerOnlyFiles(buildLog())),
        new ProjectPropertySink(project, property, SecretOutputNames.idProperty(key), buildLog()));
  }
}
