package io.github.fbhooks.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTest {

  @TempDir Path dir;

  /** What Maven gives a goal run without a pom: no file, no base directory, an unresolved build. */
  private static MavenProject standalonePom() {
    Model model = new Model();
    model.setGroupId("org.apache.maven");
    model.setArtifactId("standalone-pom");
    model.setVersion("1");
    Build build = new Build();
    build.setDirectory("${project.basedir}/target");
    model.setBuild(build);
    return new MavenProject(model);
  }

  @Test
  void withoutAPomEverythingIsUnderTheDirectoryMavenRunsIn() {
    ProjectLayout layout = ProjectLayout.of(standalonePom(), dir.toString());

    assertThat(layout.baseDirectory()).isEqualTo(dir);
    assertThat(layout.buildDirectory()).isEqualTo(dir.resolve("target"));
    assertThat(layout.workDirectory()).isEqualTo(dir.resolve("target/featurebase"));
    assertThat(layout.resolve(new File("featurebase/webhooks.yaml")))
        .isEqualTo(dir.resolve("featurebase/webhooks.yaml"));
    assertThat(layout.workDirectory().toString()).doesNotContain("${");
  }

  @Test
  void inAModuleTheModuleAndItsBuildDirectoryCount() {
    Path module = dir.resolve("receiver");
    MavenProject project = Modules.in(module);
    project.getBuild().setDirectory(module.resolve("out").toString());

    ProjectLayout layout = ProjectLayout.of(project, dir.toString());

    assertThat(layout.baseDirectory()).isEqualTo(module);
    assertThat(layout.workDirectory()).isEqualTo(module.resolve("out/featurebase"));
    assertThat(layout.resolve(new File("featurebase"))).isEqualTo(module.resolve("featurebase"));
    assertThat(layout.resolve(dir.resolve("elsewhere").toFile()))
        .isEqualTo(dir.resolve("elsewhere"));
  }

  @Test
  void filesShowRelativeToTheBaseDirectoryWhenInsideIt() {
    ProjectLayout layout = ProjectLayout.of(standalonePom(), dir.toString());

    assertThat(layout.shown(dir.resolve("target/featurebase/plan.json")))
        .isEqualTo(Path.of("target", "featurebase", "plan.json").toString());
    assertThat(layout.shown(Path.of("featurebase/webhooks.yaml")))
        .isEqualTo(Path.of("featurebase", "webhooks.yaml").toString());
    assertThat(layout.shown(dir.resolveSibling("other/plan.json")))
        .isEqualTo(dir.resolveSibling("other/plan.json").toString());
    assertThat(layout.shown(dir.resolve("a/../../x")))
        .isEqualTo(dir.resolveSibling("x").toString());
  }
}
