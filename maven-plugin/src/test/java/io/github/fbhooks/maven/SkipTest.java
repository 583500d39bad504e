package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/**
 * Every goal honours its skip flag and says why it did nothing, after what every goal does first.
 */
@MojoTest
class SkipTest {

  @Inject MavenProject project;

  private final CapturingLog log = new CapturingLog();

  @Test
  @InjectMojo(goal = "export-secret")
  void exportSecret(ExportSecretMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute(); // no key, no webhook, no server: would fail if it did anything

    assertThat(log.text()).contains("featurebase.skip is true");
  }

  @Test
  @InjectMojo(goal = "validate")
  void validate(ValidateMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute(); // the default featurebase/webhooks.yaml does not exist: would fail if it ran

    assertThat(log.text()).contains("Skipping featurebase:validate: featurebase.skip is true.");
  }

  @Test
  @InjectMojo(goal = "fmt")
  void fmt(FmtMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.text()).contains("featurebase.skip is true");
  }

  @Test
  @InjectMojo(goal = "plan")
  void plan(PlanMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute(); // no configuration, no key, no server: would fail if it did anything

    assertThat(log.text()).contains("featurebase.skip is true");
  }

  @Test
  @InjectMojo(goal = "apply")
  void apply(ApplyMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.text()).contains("featurebase.skip is true");
  }

  @Test
  @InjectMojo(goal = "import")
  void importGoal(ImportMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.text()).contains("featurebase.skip is true");
  }

  @Test
  @InjectMojo(goal = "emulator-event")
  void emulatorEvent(EmulatorEventMojo mojo) throws Exception {
    mojo.skipEmulator = true;
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.text()).contains("featurebase.emulator.skip is true");
  }

  @Test
  @InjectMojo(goal = "emulator-start")
  void emulatorStartBySkip(EmulatorStartMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.text()).contains("featurebase.skip is true");
    assertThat(project.getProperties()).doesNotContainKey("featurebase.baseUrl");
  }

  @Test
  @InjectMojo(goal = "emulator-start")
  void emulatorStartBySkipEmulator(EmulatorStartMojo mojo) throws Exception {
    mojo.skipEmulator = true;
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.text()).contains("featurebase.emulator.skip is true");
    assertThat(project.getProperties()).doesNotContainKey("featurebase.baseUrl");
  }

  @Test
  @InjectMojo(goal = "emulator-stop")
  void emulatorStop(EmulatorStopMojo mojo) throws Exception {
    mojo.skipEmulator = true;
    mojo.setLog(log);

    mojo.execute();

    assertThat(log.text()).contains("featurebase.emulator.skip is true");
  }

  @Test
  @InjectMojo(goal = "emulator-run")
  void emulatorRun(EmulatorRunMojo mojo) throws Exception {
    mojo.skip = true;
    mojo.setLog(log);

    mojo.execute(); // would block until Ctrl-C if it ran

    assertThat(log.text()).contains("featurebase.skip is true");
  }
}
