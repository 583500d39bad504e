package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply and import against the emulator, as goals. */
@MojoTest
class ReconcileGoalsTest {

  private static final String KEY = "sk_reconcile_goals_key";

  @Inject MavenSession session;
  @Inject MavenProject project;

  @TempDir Path dir;

  private Emulator emulator;
  private final CapturingLog log = new CapturingLog();

  @BeforeEach
  void start() throws IOException {
    emulator = Emulator.start(EmulatorOptions.defaults().withApiKey(Secret.of(KEY)));
    session.getSystemProperties().setProperty("env.FEATUREBASE_API_KEY", KEY);
    session.getSystemProperties().setProperty("env.RECEIVER_TOKEN", "rt-very-secret-42");
    Files.writeString(
        dir.resolve("webhooks.yaml"),
        """
        version: 1
        webhooks:
          - name: Production Webhook
            url: https://example.com/webhooks
            topics: [post.created]
            requestConfig:
              headers:
                X-Receiver-Token: ${env:RECEIVER_TOKEN}
        """);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private <T extends AbstractReconcileMojo> T configure(T mojo) {
    mojo.baseUrl = emulator.baseUrl().toString();
    mojo.config = dir.resolve("webhooks.yaml").toFile();
    mojo.setLog(log);
    return mojo;
  }

  @Test
  @InjectMojo(goal = "plan")
  void planPrintsWritesAndReports(PlanMojo plan) throws Exception {
    Path summary = Files.createFile(dir.resolve("step-summary.md"));
    session.getSystemProperties().setProperty("env.GITHUB_STEP_SUMMARY", summary.toString());
    configure(plan).planJson = dir.resolve("out/plan.json").toFile();
    plan.planFile = dir.resolve("saved.json").toFile();

    plan.execute();

    assertThat(log.text())
        .contains("+ create 'Production Webhook'")
        .contains("requestConfig.headers.X-Receiver-Token: (sensitive)")
        .contains("Plan: 1 to create, 0 to update, 0 to delete.")
        .doesNotContain("rt-very-secret-42");
    assertThat(dir.resolve("out/plan.json")).exists();
    assertThat(dir.resolve("saved.json")).exists();
    assertThat(project.getProperties())
        .containsEntry("featurebase.plan.hasChanges", "true")
        .containsEntry("featurebase.plan.creates", "1")
        .containsEntry("featurebase.plan.updates", "0")
        .containsEntry("featurebase.plan.deletes", "0");
    assertThat(Files.readString(summary))
        .contains("### Featurebase webhooks plan")
        .contains("| `+` create | Production Webhook |")
        .doesNotContain("rt-very-secret-42");
  }

  @Test
  @InjectMojo(goal = "plan")
  void failOnChangesFailsTheBuild(PlanMojo plan) {
    configure(plan).planJson = dir.resolve("plan.json").toFile();
    plan.failOnChanges = true;

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("drifted from the configuration: Plan: 1 to create");
  }

  @Test
  void applyCreatesHandsOverTheSecretAndConverges(
      @InjectMojo(goal = "apply") ApplyMojo apply, @InjectMojo(goal = "plan") PlanMojo plan)
      throws Exception {
    configure(apply).secretDirectory = dir.resolve("secrets").toFile();

    apply.execute();

    Path secret = dir.resolve("secrets/production-webhook.secret");
    assertThat(Files.readString(secret)).startsWith("whsec_");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
    assertThat(project.getProperties().getProperty("featurebase.webhook.production-webhook.secret"))
        .isEqualTo(Files.readString(secret).trim());
    assertThat(log.text()).contains("Apply complete: 1 change(s) applied.");

    configure(plan).planJson = dir.resolve("plan.json").toFile();
    plan.failOnChanges = true;
    plan.execute();
    assertThat(log.text()).contains("No changes. Live webhooks match the configuration.");
    assertThat(log.text()).doesNotContain(Files.readString(secret).trim());
  }

  @Test
  @InjectMojo(goal = "apply")
  void aBrokenConfigurationNamesFileLineAndColumn(ApplyMojo apply) throws Exception {
    Files.writeString(
        dir.resolve("webhooks.yaml"),
        "version: 1\nwebhooks:\n  - name: Hook\n    url: https://example.com\n    topics: [post.upvoted]\n");
    configure(apply).secretDirectory = dir.resolve("secrets").toFile();

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("webhooks.yaml:5:")
        .hasMessageContaining("post.voted");
  }

  @Test
  @InjectMojo(goal = "apply")
  void anUnreadableSavedPlanIsRefused(ApplyMojo apply) throws Exception {
    configure(apply).planFile = Files.writeString(dir.resolve("plan.json"), "{}").toFile();

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Cannot read the saved plan")
        .hasMessageContaining("featurebase:plan");
  }

  @Test
  @InjectMojo(goal = "import")
  void importWritesTheWorkspaceAndNeverOverwrites(ImportMojo importGoal) throws Exception {
    importGoal.baseUrl = emulator.baseUrl().toString();
    importGoal.importFile = dir.resolve("imported.yaml").toFile();
    importGoal.setLog(log);

    importGoal.execute();

    assertThat(Files.readString(dir.resolve("imported.yaml")))
        .startsWith("# yaml-language-server: $schema=")
        .contains("webhooks: []");
    assertThatThrownBy(importGoal::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("import never overwrites a file");
  }

  @Test
  @InjectMojo(goal = "apply")
  void parallelismOutOfRangeIsRefused(ApplyMojo apply) {
    configure(apply).parallelism = 0;

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("use 1 to 32");
  }

  @Test
  @InjectMojo(goal = "plan")
  void anUnreachableApiIsAnEnvironmentError(PlanMojo plan) {
    configure(plan).planJson = dir.resolve("plan.json").toFile();
    emulator.close();

    assertThatThrownBy(plan::execute).isInstanceOf(MojoExecutionException.class);
  }
}
