package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhooks.yaml is untrusted input (it may come from a pull request): it never decides where an
 * API key goes, nor which key goes. Two emulators on loopback play the trusted API and a host the
 * file names; the second one's request log proves what reached it.
 */
@MojoTest
class TrustBoundaryTest {

  private static final String KEY = "sk_trusted_key_for_the_build";
  private static final String OTHER_KEY = "sk_other_server_key_5150";

  @Inject MavenSession session;

  @TempDir Path dir;

  private Emulator trusted;
  private Emulator elsewhere;
  private final CapturingLog log = new CapturingLog();

  @BeforeEach
  void start() throws IOException {
    trusted = Emulator.start(EmulatorOptions.builder().apiKey(Secret.of(KEY)).build());
    elsewhere = Emulator.start(EmulatorOptions.builder().apiKey(Secret.of(KEY)).build());
    session.getSystemProperties().setProperty("env.FEATUREBASE_API_KEY", KEY);
  }

  @AfterEach
  void stop() {
    trusted.close();
    elsewhere.close();
  }

  private Path yaml(String text) throws IOException {
    Path file = dir.resolve("webhooks.yaml");
    Files.writeString(file, text);
    return file;
  }

  private String workspaceAt(String baseUrl) {
    return """
        version: 1
        workspaces:
          - serverId: featurebase
            baseUrl: %s
            webhooks:
              - name: Production Webhook
                url: https://example.com/webhooks
                topics: [post.created]
        """
        .formatted(baseUrl);
  }

  private <T extends AbstractReconcileMojo> T configure(T mojo, Path config) {
    Modules.in(mojo.project, dir);
    mojo.baseUrl = trusted.baseUrl().toString();
    mojo.config = config.toFile();
    mojo.setLog(log);
    return mojo;
  }

  private int requestsTo(Emulator emulator) throws IOException {
    Path saved = dir.resolve("requests-" + emulator.baseUrl().getPort() + ".json");
    new EmulatorAdminClient(emulator.baseUrl()).saveRequestLog(saved);
    return JsonMappers.json().readTree(saved.toFile()).path("requests").size();
  }

  @Test
  @InjectMojo(goal = "plan")
  void aBaseUrlTheYamlNamesGetsNoRequestAndTheMessageSaysWhatToAllow(PlanMojo plan)
      throws Exception {
    configure(plan, yaml(workspaceAt(elsewhere.baseUrl().toString())));

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("webhooks.yaml:4:14: baseUrl " + elsewhere.baseUrl())
        .hasMessageContaining("Nothing was sent")
        .hasMessageContaining(
            "-Dfeaturebase.allowedBaseUrls=" + elsewhere.baseUrl() + " in the build");
    assertThat(requestsTo(elsewhere)).isZero();
    assertThat(requestsTo(trusted)).isZero();
    assertThat(dir.resolve("target/featurebase/plan.json")).doesNotExist();
  }

  @Test
  @InjectMojo(goal = "apply")
  void applyRefusesItToo(ApplyMojo apply) throws Exception {
    configure(apply, yaml(workspaceAt(elsewhere.baseUrl().toString())));
    apply.secretDirectory = dir.resolve("secrets").toFile();

    assertThatThrownBy(apply::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("featurebase.allowedBaseUrls");
    assertThat(requestsTo(elsewhere)).isZero();
  }

  @Test
  @InjectMojo(goal = "plan")
  void anAllowedBaseUrlIsUsed(PlanMojo plan) throws Exception {
    configure(plan, yaml(workspaceAt(elsewhere.baseUrl().toString())));
    plan.allowedBaseUrls = List.of(elsewhere.baseUrl() + "/");

    plan.execute();

    assertThat(requestsTo(elsewhere)).isEqualTo(1);
    assertThat(requestsTo(trusted)).isZero();
  }

  @Test
  @InjectMojo(goal = "plan")
  void theTrustedBaseUrlSpelledAnotherWayIsTheSameUrl(PlanMojo plan) throws Exception {
    String spelled = trusted.baseUrl().toString().replace("http://", "HTTP://") + "//";
    configure(plan, yaml(workspaceAt(spelled)));

    plan.execute();

    assertThat(requestsTo(trusted)).isEqualTo(1);
  }

  @Test
  @InjectMojo(goal = "plan")
  void aServerIdTheYamlNamesCannotPickAnotherKey(PlanMojo plan) throws Exception {
    session.getSystemProperties().remove("env.FEATUREBASE_API_KEY");
    configure(plan, yaml(workspaceAt(trusted.baseUrl().toString()).replace("featurebase", "ops")));
    plan.settings = settings();

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining(
            "webhooks.yaml:3:15: serverId ops is not a server id this build trusts")
        .hasMessageContaining("-Dfeaturebase.allowedServerIds=ops")
        .hasMessageNotContaining(OTHER_KEY);
    assertThat(requestsTo(trusted)).isZero();
  }

  @Test
  @InjectMojo(goal = "plan")
  void anAllowedServerIdSendsItsOwnKey(PlanMojo plan) throws Exception {
    session.getSystemProperties().remove("env.FEATUREBASE_API_KEY");
    configure(plan, yaml(workspaceAt(trusted.baseUrl().toString()).replace("featurebase", "ops")));
    plan.settings = settings();
    plan.allowedServerIds = List.of("ops");

    // the emulator accepts only KEY: a 401 proves the key of server 'ops' was the one sent
    assertThatThrownBy(plan::execute)
        .hasMessageContaining("401")
        .hasMessageContaining("settings.xml server 'ops'");
  }

  @Test
  @InjectMojo(goal = "plan")
  void aSingleWorkspaceFileUsesTheGoalsServerId(PlanMojo plan) throws Exception {
    session.getSystemProperties().remove("env.FEATUREBASE_API_KEY");
    configure(
        plan,
        yaml(
            """
            version: 1
            webhooks:
              - name: Production Webhook
                url: https://example.com/webhooks
                topics: [post.created]
            """));
    plan.settings = settings();
    plan.serverId = "ops";

    assertThatThrownBy(plan::execute).hasMessageContaining("settings.xml server 'ops'");
  }

  @Test
  @InjectMojo(goal = "plan")
  void aHeaderThatWouldCarryTheApiKeyIsRefusedBeforeAnyRequest(PlanMojo plan) throws Exception {
    session.getSystemProperties().setProperty("env.INNOCENT_LOOKING", "Bearer " + KEY);
    configure(
        plan,
        yaml(
            """
            version: 1
            webhooks:
              - name: Production Webhook
                url: https://collector.example.net/hook
                topics: [post.created]
                requestConfig:
                  headers:
                    X-Token: ${env:INNOCENT_LOOKING}
            """));

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("requestConfig.headers.X-Token")
        .hasMessageContaining("${env:INNOCENT_LOOKING}")
        .hasMessageContaining("holds a Featurebase API key of this run")
        .hasMessageNotContaining(KEY);
    assertThat(requestsTo(trusted)).isZero();
    assertThat(log.text()).doesNotContain(KEY);
  }

  @Test
  @InjectMojo(goal = "plan")
  void aPlainHttpBaseUrlToAnotherHostIsRefused(PlanMojo plan) throws Exception {
    configure(plan, yaml(workspaceAt(trusted.baseUrl().toString())));
    plan.baseUrl = "http://featurebase.example.com";

    assertThatThrownBy(plan::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("is http:// to featurebase.example.com")
        .hasMessageContaining("unencrypted");
  }

  @Test
  @InjectMojo(goal = "validate")
  void validateRefusesWhatPlanWouldRefuse(ValidateMojo validate) throws Exception {
    validate.config = yaml(workspaceAt(elsewhere.baseUrl().toString())).toFile();
    validate.baseUrl = trusted.baseUrl().toString();
    validate.setLog(log);

    assertThatThrownBy(validate::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("-Dfeaturebase.allowedBaseUrls=" + elsewhere.baseUrl());

    validate.allowedBaseUrls = List.of(elsewhere.baseUrl().toString());
    validate.execute();
    assertThat(log.text()).contains("1 webhook in 1 workspace: OK");
  }

  /** settings.xml with a server other than the build's, with its own key. */
  private static Settings settings() {
    return RotateSecretMojoTest.settingsWithServer("ops", OTHER_KEY);
  }
}
