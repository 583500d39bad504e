package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The documentation stays navigable and complete: every relative link and anchor in README.md,
 * docs/, emulator/README.md and examples/&#42;/README.md resolves, and docs/goals.md documents
 * every goal and every parameter of the generated plugin descriptor with its property and default.
 */
class DocsTest {

  /** The repository root: the tests run in maven-plugin/. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Path GOALS_DOC = ROOT.resolve("docs/goals.md");

  /** {@code -Dfeaturebase.dryrun}: the mistyped property the docs show being refused. */
  private static final Set<String> DOCUMENTED_TYPOS = Set.of("featurebase.dryrun");

  private static List<Goal> goals;

  /** A goal of plugin.xml and its parameters, by name. */
  record Goal(String name, Map<String, Parameter> parameters) {}

  /** A parameter a user can set: its property ({@code -D}) and default, where it has them. */
  record Parameter(String name, Optional<String> property, Optional<String> defaultValue) {}

  @BeforeAll
  static void readPluginDescriptor() throws Exception {
    Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
    assertThat(descriptor).as("the generated plugin descriptor").isRegularFile();
    Element plugin =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(descriptor.toFile())
            .getDocumentElement();
    goals = new ArrayList<>();
    for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
      Map<String, Parameter> parameters = new LinkedHashMap<>();
      Element configuration = child(mojo, "configuration");
      for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
        if ("false".equals(text(parameter, "editable"))) {
          continue; // read-only: ${project}, ${session}, work directories
        }
        String name = text(parameter, "name");
        Optional<String> property = Optional.empty();
        Optional<String> defaultValue = Optional.empty();
        Element value = configuration == null ? null : child(configuration, name);
        if (value != null) {
          Matcher expression =
              Pattern.compile("^\\$\\{(.+)}$").matcher(value.getTextContent().strip());
          if (expression.matches()) {
            property = Optional.of(expression.group(1));
          }
          if (value.hasAttribute("default-value")) {
            defaultValue = Optional.of(value.getAttribute("default-value"));
          }
        }
        parameters.put(name, new Parameter(name, property, defaultValue));
      }
      goals.add(new Goal(text(mojo, "goal"), parameters));
    }
    assertThat(goals).extracting(Goal::name).contains("rotate-secret", "apply", "help");
  }

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : documentationFiles()) {
      MarkdownFile markdown = MarkdownFile.read(file);
      for (MarkdownFile.Link link : markdown.links()) {
        String problem = problem(markdown, link.target());
        if (problem != null) {
          broken.add(
              ROOT.relativize(file) + ":" + link.line() + ": " + link.target() + ": " + problem);
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void everyGoalAndParameterOfThePluginIsDocumented() throws IOException {
    MarkdownFile doc = MarkdownFile.read(GOALS_DOC);
    List<String> missing = new ArrayList<>();
    for (Goal goal : goals) {
      String title = "`featurebase:" + goal.name() + "`";
      Optional<MarkdownFile.Heading> heading =
          doc.headings().stream().filter(h -> h.level() == 2 && h.text().equals(title)).findFirst();
      if (heading.isEmpty()) {
        missing.add("goal " + goal.name() + ": no section \"## " + title + "\"");
        continue;
      }
      String section = String.join("\n", doc.section(heading.get()));
      // the rows that document this goal: its own tables and those of the sections it links to
      List<List<String>> rows = new ArrayList<>(doc.tableRows(heading.get()));
      Set<String> linked = doc.localLinks(heading.get());
      for (MarkdownFile.Heading other : doc.headings()) {
        if (linked.contains(other.anchor())) {
          rows.addAll(doc.tableRows(other));
        }
      }
      for (Parameter parameter : goal.parameters().values()) {
        String where = "goal " + goal.name() + ", parameter " + parameter.name();
        if (!section.contains("`" + parameter.name() + "`")) {
          missing.add(where + ": not named in the goal's section");
        }
        if (rows.stream().noneMatch(row -> documents(row, parameter))) {
          missing.add(
              where
                  + ": no table row, in the goal's section or a section it links to, with `"
                  + parameter.name()
                  + "`"
                  + parameter.property().map(p -> ", `" + p + "`").orElse("")
                  + parameter.defaultValue().map(d -> " and default `" + d + "`").orElse(""));
        }
      }
      for (List<String> row : doc.tableRows(heading.get())) {
        String first = row.get(0);
        if (first.matches("`[A-Za-z]+`")) {
          String name = first.substring(1, first.length() - 1);
          if (!goal.parameters().containsKey(name)) {
            missing.add(
                "goal " + goal.name() + ": documents `" + name + "`, which it does not have");
          }
        }
      }
    }
    assertThat(missing).as("gaps between plugin.xml and docs/goals.md").isEmpty();
  }

  @Test
  void everyFeaturebasePropertyTheDocsNameExists() throws IOException {
    Set<String> properties = new TreeSet<>();
    goals.forEach(
        g -> g.parameters().values().forEach(p -> p.property().ifPresent(properties::add)));
    List<String> unknown = new ArrayList<>();
    Pattern option = Pattern.compile("-D(featurebase\\.[A-Za-z.]*[A-Za-z])");
    for (Path file : documentationFiles()) {
      Matcher matcher = option.matcher(Files.readString(file));
      while (matcher.find()) {
        String property = matcher.group(1);
        if (!properties.contains(property) && !DOCUMENTED_TYPOS.contains(property)) {
          unknown.add(ROOT.relativize(file) + ": -D" + property);
        }
      }
    }
    assertThat(unknown).as("-D properties no goal has").isEmpty();
  }

  @Test
  void everyExampleHasAReadmeWithTheCommandThatRunsIt() throws IOException {
    try (Stream<Path> examples = Files.list(ROOT.resolve("examples"))) {
      List<Path> directories = examples.filter(Files::isDirectory).sorted().toList();
      assertThat(directories).isNotEmpty();
      for (Path example : directories) {
        Path readme = example.resolve("README.md");
        assertThat(readme).as("README of " + ROOT.relativize(example)).isRegularFile();
        assertThat(Files.readString(readme))
            .as(ROOT.relativize(readme).toString())
            .containsPattern("```sh\\n(.*\\n)*?mvn [^\\n]*" + example.getFileName());
      }
    }
  }

  @Test
  void anchorsFollowGitHub() {
    assertThat(MarkdownFile.slug("The webhooks file (`featurebase/webhooks.yaml`)"))
        .isEqualTo("the-webhooks-file-featurebasewebhooksyaml");
    assertThat(MarkdownFile.slug("`featurebase:rotate-secret`"))
        .isEqualTo("featurebaserotate-secret");
    assertThat(MarkdownFile.slug("Leaving `timeoutMs` out")).isEqualTo("leaving-timeoutms-out");
    assertThat(MarkdownFile.slug("A config repo's workflow")).isEqualTo("a-config-repos-workflow");
    assertThat(MarkdownFile.slug("Editor set-up")).isEqualTo("editor-set-up");
  }

  /** Whether a table row documents the parameter: its name first, then its property and default. */
  private static boolean documents(List<String> row, Parameter parameter) {
    if (!row.get(0).equals("`" + parameter.name() + "`")) {
      return false;
    }
    String rest = String.join(" | ", row.subList(1, row.size()));
    return parameter.property().map(p -> rest.contains("`" + p + "`")).orElse(true)
        && parameter.defaultValue().map(d -> rest.contains("`" + d + "`")).orElse(true);
  }

  /** {@return why a link does not resolve, or null when it does} */
  private static String problem(MarkdownFile from, String target) throws IOException {
    if (target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return null; // https:, mailto: ...: not checked offline
    }
    int hash = target.indexOf('#');
    String pathPart = hash < 0 ? target : target.substring(0, hash);
    String anchor =
        hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
    Path resolved =
        pathPart.isEmpty()
            ? from.path()
            : from.path()
                .getParent()
                .resolve(URLDecoder.decode(pathPart, StandardCharsets.UTF_8))
                .normalize();
    if (!resolved.startsWith(ROOT)) {
      return "points outside the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    if (anchor == null) {
      return null;
    }
    if (!resolved.toString().endsWith(".md")) {
      return "an anchor into a file that is not Markdown";
    }
    Set<String> anchors = MarkdownFile.read(resolved).anchors();
    return anchors.contains(anchor)
        ? null
        : "no heading with this anchor (there are " + anchors + ")";
  }

  /**
   * {@return README.md and the other top-level pages, docs/, and the modules' and examples'
   * READMEs}
   */
  private static List<Path> documentationFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(ROOT)) {
      top.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
    }
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
    }
    for (String parent : List.of(".", "examples")) {
      try (Stream<Path> directories = Files.list(ROOT.resolve(parent))) {
        directories
            .map(d -> d.resolve("README.md"))
            .filter(Files::isRegularFile)
            .forEach(files::add);
      }
    }
    List<Path> sorted = files.stream().map(Path::normalize).distinct().sorted().toList();
    assertThat(sorted)
        .contains(ROOT.resolve("README.md"), GOALS_DOC, ROOT.resolve("emulator/README.md"));
    return sorted;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().strip();
  }
}
