package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.api.ClientSettings;
import io.github.fbhooks.api.FeaturebaseClient;
import io.github.fbhooks.emulator.Emulator;
import io.github.fbhooks.emulator.EmulatorAdminClient;
import io.github.fbhooks.emulator.EmulatorOptions;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class RotateSecretMojoTest {

  static final String ID = "507f1f77bcf86cd799439011";
  static final String OLD = "whsec_seededsecretthatmustberotated0001";
  static final String KEY = "sk_mojo_test_key_0123456789";
  private static final Pattern ANY_SECRET = Pattern.compile("whsec_[A-Za-z0-9_\\-]{4,}");

  @Inject MavenSession session;
  @Inject MavenProject project;

  @TempDir Path dir;

  private Emulator emulator;
  private final CapturingLog log = new CapturingLog();

  @BeforeEach
  void startEmulator() throws IOException {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        """
        {"webhooks":[{"id":"%s","name":"Production Webhook","url":"https://example.com/hook",
          "topics":["post.created"],"secret":"%s"}]}
        """
            .formatted(ID, OLD));
    emulator =
        Emulator.start(EmulatorOptions.builder().apiKey(Secret.of(KEY)).seedFile(seed).build());
    session.getSystemProperties().setProperty("env.FEATUREBASE_API_KEY", KEY);
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  private <T extends AbstractSecretMojo> T configure(T mojo) {
    mojo.baseUrl = emulator.baseUrl().toString();
    mojo.webhookId = ID;
    Modules.in(mojo.project, dir);
    mojo.setLog(log);
    return mojo;
  }

  private String live() throws IOException {
    Path out = dir.resolve("live-requests.json");
    new EmulatorAdminClient(emulator.baseUrl()).saveRequestLog(out);
    return Files.readString(out);
  }

  private String liveSecret() {
    return FeaturebaseClient.create(
            ClientSettings.of(emulator.baseUrl(), Secret.of(KEY)), BuildLog.NONE)
        .get(ID)
        .secret()
        .reveal();
  }

  private long rotations() throws IOException {
    Path out = dir.resolve("requests.json");
    new EmulatorAdminClient(emulator.baseUrl()).saveRequestLog(out);
    long count = 0;
    for (var request : JsonMappers.json().readTree(out.toFile()).path("requests")) {
      if (request.path("method").asText().equals("POST")
          && request.path("path").asText().endsWith("/secret")) {
        count++;
      }
    }
    return count;
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void anOverlapRotationSetsTheSecretAndThePreviousSecretProperties(RotateSecretMojo mojo)
      throws Exception {
    configure(mojo).rotationStrategy = "overlap";
    mojo.webhookLimit = 10;

    mojo.execute();

    String twin = project.getProperties().getProperty("featurebase.webhook.id");
    assertThat(twin).isNotEqualTo(ID).matches("[0-9a-f]{24}");
    assertThat(project.getProperties().getProperty("featurebase.webhook.previousSecret"))
        .isEqualTo(OLD);
    assertThat(project.getProperties().getProperty("featurebase.webhook.secret"))
        .isNotEqualTo(OLD)
        .startsWith("whsec_");
    assertThat(liveSecret()).isEqualTo(OLD); // the old webhook still delivers
    assertThat(rotations()).isZero();
    assertThat(Files.readString(dir.resolve("target/featurebase/rotations.jsonl")))
        .contains("\"strategy\":\"overlap\"")
        .contains("\"replacedWebhookId\":\"" + ID + "\"")
        .doesNotContain("whsec_");
    assertThat(log.text()).doesNotContainPattern(ANY_SECRET);
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void anUnknownStrategyIsRefusedBeforeAnythingIsSent(RotateSecretMojo mojo) throws Exception {
    configure(mojo).rotationStrategy = "gradual";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("rotationStrategy \"gradual\" is not a strategy")
        .hasMessageContaining("-Dfeaturebase.rotationStrategy=overlap");
    assertThat(live()).doesNotContain("/v2/webhooks");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void rotatesIntoTheFileAndTheProjectProperty(RotateSecretMojo mojo) throws Exception {
    configure(mojo).secretFile = dir.resolve("out/webhook.secret").toFile();

    mojo.execute();

    Path file = dir.resolve("out/webhook.secret");
    String secret = Files.readString(file).trim();
    assertThat(secret).startsWith("whsec_").isNotEqualTo(OLD);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(project.getProperties().getProperty("featurebase.webhook.secret")).isEqualTo(secret);
    assertThat(project.getProperties().getProperty("featurebase.webhook.id")).isEqualTo(ID);
    assertThat(log.text())
        .contains("Rotated the secret of webhook 'Production Webhook' (" + ID + ")")
        .contains("no longer works")
        .contains("Wrote the secret to file out/webhook.secret (raw, owner-only)")
        .contains("API key from environment variable FEATUREBASE_API_KEY")
        .containsPattern("Done in \\d+ ms");
    assertThat(rotations()).isEqualTo(1);
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void debugOutputHoldsNeitherTheKeyNorAnySecret(RotateSecretMojo mojo) throws Exception {
    new EmulatorAdminClient(emulator.baseUrl())
        .addFaults("{\"method\":\"POST\",\"path\":\"/v2/webhooks/*/secret\",\"action\":\"drop\"}");
    configure(mojo).secretFile = dir.resolve("webhook.secret").toFile();

    mojo.execute();

    String secret = Files.readString(dir.resolve("webhook.secret")).trim();
    String output = log.text();
    assertThat(output).contains("[DEBUG]").contains("POST").contains("/secret");
    assertThat(output).doesNotContain(KEY).doesNotContain(secret).doesNotContain(OLD);
    assertThat(ANY_SECRET.matcher(output).find()).isFalse();
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void inGithubActionsWritesMaskedStepOutputs(RotateSecretMojo mojo) throws Exception {
    Path output = Files.createFile(dir.resolve("github_output"));
    session.getSystemProperties().setProperty("env.GITHUB_OUTPUT", output.toString());
    configure(mojo);
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      mojo.execute();
    } finally {
      System.setOut(original);
    }

    String secret = project.getProperties().getProperty("featurebase.webhook.secret");
    assertThat(stdout.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("::add-mask::" + secret + System.lineSeparator());
    assertThat(Files.readString(output))
        .contains("webhook-id=" + ID + "\n")
        .contains("\n" + secret + "\n");
    assertThat(log.text()).contains("GitHub Actions step outputs").doesNotContain(secret);
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void dryRunRotatesAndWritesNothing(RotateSecretMojo mojo) throws Exception {
    configure(mojo).secretFile = dir.resolve("deploy/env/webhook.secret").toFile();
    mojo.dryRun = true;

    mojo.execute();

    assertThat(dir.resolve("deploy")).as("a dry run creates no directory").doesNotExist();
    assertThat(dir.resolve("target")).as("nor intent markers").doesNotExist();
    assertThat(project.getProperties()).doesNotContainKey("featurebase.webhook.secret");
    assertThat(rotations()).isZero();
    assertThat(log.text()).contains("Dry run");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void skipDoesNothingAndSaysWhy(RotateSecretMojo mojo) throws Exception {
    configure(mojo).skip = true;

    mojo.execute();

    assertThat(rotations()).isZero();
    assertThat(log.text()).contains("Skipping").contains("featurebase.skip is true");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void aMistypedPropertyFailsBeforeAnythingIsSent(RotateSecretMojo mojo) throws Exception {
    configure(mojo);
    session.getUserProperties().setProperty("featurebase.dryrun", "true");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("-Dfeaturebase.dryrun (did you mean -Dfeaturebase.dryRun?)");
    assertThat(live()).contains("\"requests\" : [ ]");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void aWrongKeyIsAUserErrorThatNamesWhereTheKeyCameFrom(RotateSecretMojo mojo) {
    configure(mojo);
    session.getSystemProperties().setProperty("env.FEATUREBASE_API_KEY", "sk_wrong_key_98765");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("401")
        .hasMessageContaining("Check the API key from environment variable FEATUREBASE_API_KEY:")
        .hasMessageNotContaining("settings.xml server")
        .hasMessageNotContaining("sk_wrong_key_98765");
    assertThat(log.text()).doesNotContain("sk_wrong_key_98765");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void aWrongKeyFromAnotherServerIdNamesThatServer(RotateSecretMojo mojo) throws Exception {
    configure(mojo).serverId = "featurebase-custom";
    mojo.settings = settingsWithServer("featurebase-custom", "sk_wrong_key_from_server_4242");
    session.getSystemProperties().remove("env.FEATUREBASE_API_KEY");

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("401")
        .hasMessageContaining("Check the API key from settings.xml server 'featurebase-custom':")
        .hasMessageNotContaining("server 'featurebase'")
        .hasMessageNotContaining("FEATUREBASE_API_KEY")
        .hasMessageNotContaining("sk_wrong_key_from_server_4242");
    assertThat(log.text()).doesNotContain("sk_wrong_key_from_server_4242");
    assertThat(rotations()).isZero();
  }

  /** settings.xml with one server whose plain {@code <password>} is the key. */
  static Settings settingsWithServer(String id, String key) {
    Server server = new Server();
    server.setId(id);
    server.setPassword(key);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void cloverIsRefused(RotateSecretMojo mojo) throws Exception {
    configure(mojo).apiVersion = "2025-12-12.clover";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("2026-01-01.nova");
    assertThat(live()).contains("\"requests\" : [ ]");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void anUnreachableServerIsAnEnvironmentError(RotateSecretMojo mojo) {
    configure(mojo);
    emulator.close();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("127.0.0.1");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void aBadFormatNamesTheChoices(RotateSecretMojo mojo) {
    configure(mojo).secretFile = new File(dir.toFile(), "s");
    mojo.secretFormat = "yaml";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("raw, dotenv, properties, json");
  }

  @Test
  @InjectMojo(goal = "rotate-secret")
  void noOutputAtAllIsRefused(RotateSecretMojo mojo) throws Exception {
    configure(mojo).secretProperty = "none";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("No output for the secret");
    assertThat(rotations()).isZero();
  }

  @Test
  void rotatesOncePerBuildAndSharesTheSecretWithLaterModules(
      @InjectMojo(goal = "rotate-secret") RotateSecretMojo first,
      @InjectMojo(goal = "rotate-secret") RotateSecretMojo second)
      throws Exception {
    configure(first);
    configure(second).project = Modules.in(dir.resolve("second"));

    first.execute();
    second.execute();

    String secret = project.getProperties().getProperty("featurebase.webhook.secret");
    assertThat(secret).startsWith("whsec_").isNotEqualTo(OLD);
    assertThat(second.project.getProperties().getProperty("featurebase.webhook.secret"))
        .isEqualTo(secret);
    assertThat(rotations()).isEqualTo(1);
    assertThat(log.text())
        .contains(
            "was rotated earlier in this build; writing that secret to this module's outputs, not"
                + " rotating again.");
  }

  @Test
  void everyModuleGetsTheOneLiveSecretWhicheverWayItSelectsTheWebhook(
      @InjectMojo(goal = "rotate-secret") RotateSecretMojo a,
      @InjectMojo(goal = "rotate-secret") RotateSecretMojo b,
      @InjectMojo(goal = "rotate-secret") RotateSecretMojo c)
      throws Exception {
    configure(a).webhookId = null;
    a.webhookName = "Production Webhook";
    a.secretFile = dir.resolve("a/webhook.secret").toFile();
    configure(b).project = Modules.in(dir.resolve("b"));
    b.webhookId = null;
    b.webhookName = "Production Webhook";
    b.secretFile = dir.resolve("b/webhook.env").toFile();
    b.secretFormat = "dotenv";
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/webhook.env"), "FEATUREBASE_WEBHOOK_SECRET=whsec_stale\n");
    configure(c).project = Modules.in(dir.resolve("c"));
    c.secretFile = dir.resolve("c/webhook.secret").toFile();

    a.execute();
    b.execute();
    c.execute();

    String live = liveSecret();
    assertThat(rotations()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("a/webhook.secret")).trim()).isEqualTo(live);
    assertThat(Files.readString(dir.resolve("b/webhook.env")))
        .contains("FEATUREBASE_WEBHOOK_SECRET=" + live)
        .doesNotContain("whsec_stale");
    assertThat(Files.readString(dir.resolve("c/webhook.secret")).trim()).isEqualTo(live);
    for (AbstractSecretMojo module : List.of(a, b, c)) {
      assertThat(module.project.getProperties().getProperty("featurebase.webhook.secret"))
          .isEqualTo(live);
    }
  }

  @Test
  void aModuleWhoseOutputCannotBeWrittenFailsTheBuildNamingItAndTheRecovery(
      @InjectMojo(goal = "rotate-secret") RotateSecretMojo a,
      @InjectMojo(goal = "rotate-secret") RotateSecretMojo b)
      throws Exception {
    configure(a);
    MavenProject moduleB = Modules.in(dir.resolve("receiver-deploy"));
    moduleB.setArtifactId("receiver-deploy");
    configure(b).project = moduleB;
    b.secretFile = Files.createDirectories(dir.resolve("is-a-directory")).toFile();

    a.execute();

    assertThatThrownBy(b::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("In module 'receiver-deploy': The secret of webhook")
        .hasMessageContaining("was rotated, but")
        .hasMessageContaining("featurebase:export-secret -Dfeaturebase.webhookId=" + ID)
        .hasMessageNotContaining(liveSecret());
    assertThat(rotations()).isEqualTo(1);
  }

  @Test
  @InjectMojo(goal = "export-secret")
  void exportWritesTheCurrentSecretWithoutRotating(ExportSecretMojo mojo) throws Exception {
    configure(mojo).secretFile = dir.resolve("live.json").toFile();
    mojo.secretFormat = "json";
    mojo.webhookId = null;
    mojo.webhookName = "Production Webhook";

    mojo.execute();

    var json = JsonMappers.json().readTree(dir.resolve("live.json").toFile());
    assertThat(json.path("secret").asText()).isEqualTo(OLD);
    assertThat(json.path("webhookId").asText()).isEqualTo(ID);
    assertThat(rotations()).isZero();
  }
}
