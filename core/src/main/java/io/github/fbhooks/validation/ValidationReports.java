package io.github.fbhooks.validation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.Fbhooks;
import io.github.fbhooks.json.JsonMappers;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The machine-readable forms of a {@link ValidationReport}: fbhooks' own JSON (format version 1)
 * and SARIF 2.1.0, which code-scanning tools (GitHub among them) show as annotations on the YAML
 * lines. Both are documented in {@code docs/goals.md}.
 */
public final class ValidationReports {

  /** The version of the JSON format; a change that breaks a reader raises it. */
  public static final int FORMAT_VERSION = 1;

  /** Where readers of the SARIF file learn about the tool. */
  static final String INFORMATION_URI = "https://github.com/fbhooks/fbhooks";

  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private ValidationReports() {}

  /**
   * The report as fbhooks' JSON: {@code formatVersion}, {@code valid}, {@code errors}, {@code
   * warnings} and each finding with {@code level}, {@code rule}, {@code file}, {@code line}, {@code
   * column}, {@code path} and {@code message}.
   *
   * @param report the report
   * @param words renders references to settings in messages for the front end that writes it
   * @return the JSON document
   */
  public static ObjectNode json(ValidationReport report, UnaryOperator<String> words) {
    ObjectNode root = JsonMappers.json().createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("valid", report.errors() == 0);
    root.put("errors", report.errors());
    root.put("warnings", report.warnings());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("level", finding.level().reportName());
      node.put("rule", finding.rule().id());
      node.put("file", finding.location().file().toString().replace('\\', '/'));
      node.put("line", finding.location().line());
      node.put("column", finding.location().column());
      node.put("path", finding.path());
      node.put("message", words.apply(finding.message()));
    }
    return root;
  }

  /**
   * The report as SARIF 2.1.0: one run of the tool {@code fbhooks}, its rules, and one result per
   * finding, located relative to {@code %SRCROOT%} (the base directory).
   *
   * @param report the report
   * @param baseDirectory the directory the findings' file names are relative to
   * @param words renders references to settings in messages for the front end that writes it
   * @return the SARIF log
   */
  public static ObjectNode sarif(
      ValidationReport report, Path baseDirectory, UnaryOperator<String> words) {
    ObjectNode log = JsonMappers.json().createObjectNode();
    log.put("$schema", SARIF_SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "fbhooks");
    driver.put("version", Fbhooks.version());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (Finding.Rule rule : Finding.Rule.values()) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.putObject("shortDescription").put("text", rule.description());
      node.put("helpUri", INFORMATION_URI + "/blob/main/docs/webhooks-file.md");
    }
    String root = baseDirectory.toAbsolutePath().normalize().toUri().toString();
    run.putObject("originalUriBaseIds")
        .putObject("%SRCROOT%")
        .put("uri", root.endsWith("/") ? root : root + "/");
    ArrayNode results = run.putArray("results");
    for (Finding finding : report.findings()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", finding.rule().id());
      result.put("ruleIndex", finding.rule().ordinal());
      result.put("level", finding.level().reportName());
      String text = words.apply(finding.message());
      result
          .putObject("message")
          .put("text", finding.path().isEmpty() ? text : finding.path() + ": " + text);
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      Path file = finding.location().file();
      ObjectNode artifact = physical.putObject("artifactLocation");
      if (file.isAbsolute()) {
        artifact.put("uri", file.toUri().toString());
      } else {
        artifact.put("uri", relativeUri(file)).put("uriBaseId", "%SRCROOT%");
      }
      physical
          .putObject("region")
          .put("startLine", Math.max(1, finding.location().line()))
          .put("startColumn", Math.max(1, finding.location().column()));
    }
    return log;
  }

  /** A file name as a relative URI reference: forward slashes, each segment percent-encoded. */
  private static String relativeUri(Path file) {
    StringBuilder uri = new StringBuilder();
    for (Path segment : file.normalize()) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      uri.append(
          java.net.URLEncoder.encode(segment.toString(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return uri.toString();
  }
}
