package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What holds for every goal, read from the generated plugin descriptor so that a new goal cannot
 * slip through: it is thread-safe (parallel reactor builds), and it runs through the one final
 * {@code execute()} of {@link AbstractFeaturebaseMojo}, which refuses a mistyped {@code
 * -Dfeaturebase.*} property before the skip check and before anything is sent.
 */
class MojoContractTest {

  private record Goal(String name, String implementation, boolean threadSafe) {}

  private static List<Goal> goals() throws Exception {
    Path descriptor = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");
    assertThat(descriptor).exists();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    var document = factory.newDocumentBuilder().parse(Files.newInputStream(descriptor));
    List<Goal> goals = new ArrayList<>();
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      goals.add(
          new Goal(
              text(mojo, "goal"),
              text(mojo, "implementation"),
              Boolean.parseBoolean(text(mojo, "threadSafe"))));
    }
    return goals;
  }

  private static String text(Element mojo, String tag) {
    NodeList nodes = mojo.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  @Test
  void everyGoalIsThreadSafe() throws Exception {
    List<Goal> goals = goals();
    assertThat(goals).extracting(Goal::name).contains("rotate-secret", "apply", "emulator-start");
    assertThat(goals).allSatisfy(g -> assertThat(g.threadSafe()).as(g.name()).isTrue());
  }

  @Test
  void everyGoalButHelpRefusesMistypedPropertiesThroughTheFinalExecute() throws Exception {
    Method execute = AbstractFeaturebaseMojo.class.getMethod("execute");
    assertThat(Modifier.isFinal(execute.getModifiers())).isTrue();
    for (Goal goal : goals()) {
      if (goal.name().equals("help")) {
        continue; // generated; sends nothing
      }
      Class<?> type = Class.forName(goal.implementation());
      assertThat(AbstractFeaturebaseMojo.class.isAssignableFrom(type))
          .as("%s extends AbstractFeaturebaseMojo", goal.name())
          .isTrue();
      assertThat(type.getMethod("execute")).as(goal.name()).isEqualTo(execute);
    }
  }
}
