package io.github.fbhooks.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.fbhooks.cli.SeededEmulator;
import io.github.fbhooks.emulator.Emulator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's script, {@code action/run.sh}, run with bash as the runner runs it: inputs in
 * environment variables, a {@code GITHUB_OUTPUT} and {@code GITHUB_STEP_SUMMARY} file, the packaged
 * jar as {@code cli-jar}, against an emulator on loopback.
 */
class ActionScriptIT {

  private static final String KEY = "sk_test_action_script_key";
  private static final String ID = "507f1f77bcf86cd799439011";
  private static final String OLD_SECRET = "whsec_seededsecretoftheactionscripttest01";

  @TempDir Path dir;

  private Emulator emulator;
  private Path output;
  private Path summary;
  private final List<HttpServer> servers = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    emulator = SeededEmulator.start(dir, KEY, ID, OLD_SECRET);
    output = Files.createFile(dir.resolve("github-output"));
    summary = Files.createFile(dir.resolve("step-summary"));
  }

  @AfterEach
  void stop() {
    emulator.close();
    servers.forEach(server -> server.stop(0));
  }

  @Test
  void rotateSecretSetsTheOutputsAndMasksTheSecretBeforeAnythingPrintsIt() throws Exception {
    Map<String, String> inputs = inputs("rotate-secret");
    inputs.put("FBHOOKS_INPUT_ARGS", "--webhook-name=Production Webhook\n  --work-dir=work  \n\n");

    Processes.Result run = action(inputs);

    assertThat(run.code()).as("%s", run).isZero();
    Map<String, String> outputs = outputs();
    String secret = outputs.get("webhook-secret");
    assertThat(secret).startsWith("whsec_").isNotEqualTo(OLD_SECRET);
    assertThat(outputs).containsEntry("webhook-id", ID).containsEntry("exit-code", "0");
    // the runner masks a value from its ::add-mask:: line on: that line comes first, and no
    // other line of either stream holds the secret or the key
    List<String> lines = run.out().lines().toList();
    assertThat(lines.stream().filter(line -> line.contains(secret)).toList())
        .containsExactly("::add-mask::" + secret);
    assertThat(lines.stream().filter(line -> line.contains(KEY)).toList())
        .containsExactly("::add-mask::" + KEY);
    assertThat(run.err()).doesNotContain(secret).doesNotContain(KEY);

    // the output is the live secret: export-secret hands out the same
    Files.writeString(output, "");
    Map<String, String> export = inputs("export-secret");
    export.put("FBHOOKS_INPUT_ARGS", "--webhook-id=" + ID + " --work-dir=work");
    assertThat(action(export).code()).isZero();
    assertThat(outputs()).containsEntry("webhook-secret", secret);
  }

  @Test
  void planWithDetailedExitcodeSaysTwoInTheOutputWithoutFailingTheStep() throws Exception {
    Files.writeString(
        dir.resolve("webhooks.yaml"),
        """
        version: 1
        webhooks:
          - name: Production Webhook
            url: https://example.com/hook
            topics: [post.created]
          - name: Orders
            url: https://example.com/orders
            topics: [post.updated]
        """);
    Map<String, String> inputs = inputs("plan");
    inputs.put("FBHOOKS_INPUT_ARGS", "--config=webhooks.yaml --detailed-exitcode --no-color");

    Processes.Result run = action(inputs);

    assertThat(run.code()).as("%s", run).isZero();
    assertThat(outputs()).containsEntry("exit-code", "2");
    assertThat(run.out()).contains("+ create 'Orders'");
    assertThat(Files.readString(summary)).contains("Orders");
    assertThat(run.err()).contains("exited 2, which success-exit-codes (0 2) accepts");

    // who wants a red step for pending changes says so
    Files.writeString(output, "");
    inputs.put("FBHOOKS_INPUT_SUCCESS_EXIT_CODES", "0");
    Processes.Result strict = action(inputs);
    assertThat(strict.code()).isEqualTo(2);
    assertThat(outputs()).containsEntry("exit-code", "2");
  }

  @Test
  void aWrongKeyFailsTheStepWithExitOneAndNeverShowsTheKey() throws Exception {
    String wrong = "sk_test_wrong_key_of_the_action_test";
    Map<String, String> inputs = inputs("rotate-secret");
    inputs.put("FBHOOKS_INPUT_API_KEY", wrong);
    inputs.put("FBHOOKS_INPUT_ARGS", "--webhook-name=Production Webhook --work-dir=work");

    Processes.Result run = action(inputs);

    assertThat(run.code()).as("%s", run).isEqualTo(1);
    assertThat(outputs()).containsEntry("exit-code", "1").doesNotContainKey("webhook-secret");
    assertThat(run.err()).isNotBlank().doesNotContain(wrong);
    assertThat(run.out().lines().filter(line -> line.contains(wrong)).toList())
        .containsExactly("::add-mask::" + wrong);
  }

  @Test
  void shellMetacharactersInInputsArePassedLiterallyAndNeverRun() throws Exception {
    Map<String, String> inputs = inputs("validate");
    // one a line: every line one argument, spaces and all
    inputs.put("FBHOOKS_INPUT_ARGS", "--config=$(touch pwned); touch pwned2 `touch pwned3`\n");

    Processes.Result lines = action(inputs);

    assertThat(lines.code()).isEqualTo(1);
    assertThat(lines.err()).contains("$(touch pwned); touch pwned2 `touch pwned3`");

    // one line: split at white space, each piece literal
    inputs.put(
        "FBHOOKS_INPUT_ARGS", "--config=$(touch${IFS}pwned4);`touch${IFS}pwned5`|touch>pwned6");
    Processes.Result word = action(inputs);
    assertThat(word.code()).isEqualTo(1);
    assertThat(word.err()).contains("$(touch${IFS}pwned4);`touch${IFS}pwned5`|touch>pwned6");
    inputs.put(
        "FBHOOKS_INPUT_ARGS", "--no-color ; `touch pwned9` | touch pwned10 && touch pwned11");
    Processes.Result words = action(inputs);
    assertThat(words.code()).isEqualTo(1);
    // the command line never repeats stray arguments (one could be a key), but counts them
    assertThat(words.err()).contains("9 unexpected arguments");

    // the command itself is a word, not a place for options or shell code
    inputs.put("FBHOOKS_INPUT_COMMAND", "version; touch pwned7");
    Processes.Result command = action(inputs);
    assertThat(command.code()).isEqualTo(1);
    assertThat(command.err()).contains("must be a command name");

    // nor are the key and the base URL
    Map<String, String> version = inputs("version");
    version.put("FBHOOKS_INPUT_API_KEY", "sk_$(touch pwned-key)`touch pwned-key2`");
    version.put("FBHOOKS_INPUT_BASE_URL", "http://127.0.0.1:1/$(touch pwned-url);touch pwned8");
    assertThat(action(version).code()).isZero();

    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .noneMatch(name -> name.startsWith("pwned"));
    }
  }

  @Test
  void actionYmlHandsInputsToTheScriptThroughTheEnvironmentOnly() throws IOException {
    String action = Files.readString(Processes.repository().resolve("action.yml"));
    String run = action.substring(action.indexOf("      run: "));

    assertThat(run.lines().findFirst().orElseThrow())
        .isEqualTo("      run: bash \"$GITHUB_ACTION_PATH/action/run.sh\"");
    assertThat(run).doesNotContain("${{");
    for (String input : List.of("command", "args", "api-key", "base-url", "version", "cli-jar")) {
      assertThat(action).contains(": ${{ inputs." + input + " }}");
    }
  }

  @Test
  void downloadsTheJarOnceChecksItsChecksumAndRunsItFromTheToolCache() throws Exception {
    byte[] jar = Files.readAllBytes(packagedJar());
    Path cache = dir.resolve("tool-cache");
    Map<String, String> inputs = inputs("version");
    inputs.remove("FBHOOKS_INPUT_CLI_JAR");
    inputs.put("FBHOOKS_INPUT_VERSION", "9.9.9");
    inputs.put("RUNNER_TOOL_CACHE", cache.toString());
    String base = "/maven2/io/github/fbhooks/fbhooks-cli/9.9.9/fbhooks-cli-9.9.9.jar";
    inputs.put(
        "FBHOOKS_MAVEN_REPOSITORY", repository(Map.of(base, jar, base + ".sha1", sha1(jar))));

    Processes.Result first = action(inputs);

    assertThat(first.code()).as("%s", first).isZero();
    assertThat(first.out()).contains("fbhooks " + version());
    assertThat(first.err()).contains("verified (sha1)");
    assertThat(cache.resolve("fbhooks-cli/9.9.9/fbhooks-cli-9.9.9.jar")).hasBinaryContent(jar);

    // the second run takes it from the cache: the repository is gone
    servers.forEach(server -> server.stop(0));
    Processes.Result second = action(inputs);
    assertThat(second.code()).as("%s", second).isZero();
    assertThat(second.err()).doesNotContain("downloading");
  }

  @Test
  void aDownloadThatDoesNotMatchItsChecksumIsNeitherRunNorCached() throws Exception {
    byte[] jar = Files.readAllBytes(packagedJar());
    Path cache = dir.resolve("tool-cache");
    Map<String, String> inputs = inputs("version");
    inputs.remove("FBHOOKS_INPUT_CLI_JAR");
    inputs.put("FBHOOKS_INPUT_VERSION", "9.9.8");
    inputs.put("RUNNER_TOOL_CACHE", cache.toString());
    String base = "/maven2/io/github/fbhooks/fbhooks-cli/9.9.8/fbhooks-cli-9.9.8.jar";
    byte[] other = "not the jar".getBytes(StandardCharsets.UTF_8);
    inputs.put(
        "FBHOOKS_MAVEN_REPOSITORY", repository(Map.of(base, jar, base + ".sha1", sha1(other))));

    Processes.Result run = action(inputs);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("does not match its sha1 checksum");
    assertThat(run.out()).doesNotContain("fbhooks " + version());
    try (var files = Files.list(cache.resolve("fbhooks-cli/9.9.8"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void withoutAVersionTheActionsOwnIsUsedAndASnapshotIsRefused() throws Exception {
    Map<String, String> inputs = inputs("version");
    inputs.remove("FBHOOKS_INPUT_CLI_JAR");
    inputs.put("RUNNER_TOOL_CACHE", dir.resolve("tool-cache").toString());
    inputs.put("FBHOOKS_MAVEN_REPOSITORY", "http://127.0.0.1:1/nothing-here");

    Processes.Result run = action(inputs);

    // this checkout's pom.xml says x.y.z-SNAPSHOT: never published, so nothing is downloaded
    assertThat(version()).endsWith("-SNAPSHOT");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("version " + version() + " is a development version");
  }

  private Map<String, String> inputs(String command) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("FBHOOKS_INPUT_COMMAND", command);
    env.put("FBHOOKS_INPUT_API_KEY", KEY);
    env.put("FBHOOKS_INPUT_BASE_URL", emulator.baseUrl().toString());
    env.put("FBHOOKS_INPUT_CLI_JAR", packagedJar().toString());
    env.put("JAVA_HOME", Processes.javaHome().toString());
    env.put("GITHUB_ACTIONS", "true");
    env.put("GITHUB_OUTPUT", output.toString());
    env.put("GITHUB_STEP_SUMMARY", summary.toString());
    env.put("RUNNER_TEMP", dir.toString());
    return env;
  }

  private Processes.Result action(Map<String, String> env) throws Exception {
    return Processes.run(
        dir, env, List.of("bash", Processes.repository().resolve("action/run.sh").toString()));
  }

  private static Path packagedJar() {
    return Processes.distribution().resolve("lib/fbhooks-cli.jar");
  }

  private static String version() {
    String name = Processes.distribution().getFileName().toString();
    return name.substring("fbhooks-cli-".length());
  }

  /** The step outputs in GITHUB_OUTPUT: name=value lines and name<<delimiter blocks. */
  private Map<String, String> outputs() throws IOException {
    Map<String, String> outputs = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(output);
    Pattern heredoc = Pattern.compile("([\\w-]+)<<(\\S+)");
    for (int i = 0; i < lines.size(); i++) {
      Matcher block = heredoc.matcher(lines.get(i));
      if (block.matches()) {
        StringBuilder value = new StringBuilder();
        for (i++; !lines.get(i).equals(block.group(2)); i++) {
          value.append(value.isEmpty() ? "" : "\n").append(lines.get(i));
        }
        outputs.put(block.group(1), value.toString());
      } else if (lines.get(i).contains("=")) {
        String line = lines.get(i);
        outputs.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    return outputs;
  }

  /** A Maven repository on loopback that serves these paths; its URL. */
  private String repository(Map<String, byte[]> files) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = files.get(exchange.getRequestURI().getPath());
          exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            if (body != null) {
              out.write(body);
            }
          }
        });
    server.start();
    servers.add(server);
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/maven2";
  }

  private static byte[] sha1(byte[] content) throws NoSuchAlgorithmException {
    String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
    return hex.getBytes(StandardCharsets.US_ASCII);
  }
}
