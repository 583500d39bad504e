package io.github.fbhooks.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Where a goal reads and writes: the module directory and its build directory, or, when Maven runs
 * without a pom (a config repository that holds only {@code featurebase/webhooks.yaml}), the
 * directory Maven runs in and its {@code target}.
 *
 * <p>Without a pom Maven runs the goals in a stand-in project ({@code standalone-pom}) that has no
 * base directory and whose build directory is the unresolved text {@code
 * ${project.basedir}/target}: a parameter default such as {@code
 * ${project.build.directory}/featurebase} would become a directory literally named {@code
 * ${project.basedir}}. So no default names these directories; goals ask this class.
 *
 * @param baseDirectory the module directory, or the directory Maven runs in
 * @param buildDirectory the module's build directory, or {@code target} in the directory Maven runs
 *     in
 */
record ProjectLayout(Path baseDirectory, Path buildDirectory) {

  /**
   * The layout of the project a goal runs in.
   *
   * @param project the project, Maven's stand-in project without a pom, or null
   * @param session the session, for the directory Maven runs in; may be null
   * @return the layout
   */
  static ProjectLayout of(MavenProject project, MavenSession session) {
    return of(project, session == null ? null : session.getExecutionRootDirectory());
  }

  /**
   * The layout of the project a goal runs in.
   *
   * @param project the project, Maven's stand-in project without a pom, or null
   * @param executionRoot the directory Maven runs in, or null for this process's
   * @return the layout
   */
  static ProjectLayout of(MavenProject project, String executionRoot) {
    if (project != null && project.getBasedir() != null) {
      Path base = project.getBasedir().toPath().toAbsolutePath();
      String build = project.getBuild() == null ? null : project.getBuild().getDirectory();
      return new ProjectLayout(base, build == null ? base.resolve("target") : base.resolve(build));
    }
    Path base = (executionRoot == null ? Path.of("") : Path.of(executionRoot)).toAbsolutePath();
    return new ProjectLayout(base, base.resolve("target"));
  }

  /** {@return where fbhooks' own outputs go: plan.json, intent markers, created secrets} */
  Path workDirectory() {
    return buildDirectory.resolve("featurebase");
  }

  /** {@return a file parameter as an absolute path: a relative one starts at the base directory} */
  Path resolve(File file) {
    return baseDirectory.resolve(file.toPath()).normalize();
  }

  /**
   * A file as messages show it: relative to the base directory when it is inside it, which is the
   * directory Maven runs in when there is no pom.
   *
   * @param path a file
   * @return the path to show
   */
  String shown(Path path) {
    Path base = baseDirectory.normalize();
    Path absolute = baseDirectory.resolve(path).normalize();
    return absolute.startsWith(base) && !absolute.equals(base)
        ? base.relativize(absolute).toString()
        : absolute.toString();
  }
}
