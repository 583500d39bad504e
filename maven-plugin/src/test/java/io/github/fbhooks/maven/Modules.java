package io.github.fbhooks.maven;

import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;

/** Puts a test's project in a directory of its own, so every output of a goal lands there. */
final class Modules {

  private Modules() {}

  /**
   * Makes the project a module in {@code directory}: its pom there, its build directory {@code
   * directory/target}.
   *
   * @return the project
   */
  static MavenProject in(MavenProject project, Path directory) {
    project.setFile(directory.resolve("pom.xml").toFile());
    if (project.getBuild() == null) {
      project.getModel().setBuild(new Build());
    }
    project.getBuild().setDirectory(directory.resolve("target").toString());
    return project;
  }

  /** {@return a new module in {@code directory}} */
  static MavenProject in(Path directory) {
    return in(new MavenProject(), directory);
  }
}
