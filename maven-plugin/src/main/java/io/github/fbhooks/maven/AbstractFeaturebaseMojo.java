package io.github.fbhooks.maven;

import io.github.fbhooks.api.SelectorThreads;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.StepSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The frame of every goal: refuse mistyped {@code -Dfeaturebase.*} properties, honour {@code skip},
 * run the goal, and turn failures into Maven's two kinds in exactly one place.
 */
abstract class AbstractFeaturebaseMojo extends AbstractMojo {

  /**
   * Skips the goal, logging why.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.SKIP, defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    // a Maven build is short-lived: its exit need not wait for idle HTTP selector threads
    SelectorThreads.stopRegisteredAtExit();
    refuseUnknownProperties();
    if (skip) {
      getLog().info("Skipping " + goalName() + ": " + FeaturebaseProperties.SKIP + " is true.");
      return;
    }
    prepare();
    try {
      doExecute();
    } catch (RuntimeException e) {
      AbstractMojoExecutionException mapped = MojoExceptions.map(e);
      if (mapped instanceof MojoFailureException failure) {
        throw failure;
      }
      throw (MojoExecutionException) mapped;
    }
  }

  /** Work to start before the goal runs, that may overlap its set-up; none by default. */
  void prepare() {}

  /**
   * Runs the goal.
   *
   * @throws MojoFailureException for what the user must fix
   * @throws MojoExecutionException for a failing environment
   */
  abstract void doExecute() throws MojoExecutionException, MojoFailureException;

  /**
   * {@return the module's directories, or, without a pom, the directory Maven runs in and its
   * target}
   */
  final ProjectLayout layout() {
    return ProjectLayout.of(project, session);
  }

  /** {@return the log bridged for core} */
  final BuildLog buildLog() {
    return new MavenBuildLog(getLog());
  }

  /** {@return e.g. featurebase:rotate-secret} */
  final String goalName() {
    return mojoExecution == null || mojoExecution.getMojoDescriptor() == null
        ? "the featurebase goal"
        : "featurebase:" + mojoExecution.getGoal();
  }

  /**
   * Appends Markdown to the GitHub Actions step summary, where {@code GITHUB_STEP_SUMMARY} names
   * one; a failure is a warning, since the summary only repeats the log.
   *
   * @param markdown escaped Markdown, ending in a newline
   * @param what what is added, for the warning, e.g. {@code the plan}
   */
  final void appendToStepSummary(String markdown, String what) {
    StepSummary.appendIfSet(environment(StepSummary.VARIABLE), markdown, what, buildLog());
  }

  /** Reads an environment variable as Maven saw it ({@code env.X} system property). */
  final String environment(String name) {
    String value =
        session == null ? null : session.getSystemProperties().getProperty("env." + name);
    return value == null || value.isBlank() ? null : value;
  }

  private void refuseUnknownProperties() throws MojoFailureException {
    if (session == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String name : session.getUserProperties().stringPropertyNames()) {
      FeaturebaseProperties.mistyped(name)
          .ifPresent(
              known ->
                  problems.add(
                      "-D" + name + known.map(k -> " (did you mean -D" + k + "?)").orElse("")));
    }
    if (!problems.isEmpty()) {
      throw new MojoFailureException(
          "Unknown property "
              + String.join(", ", problems)
              + ". Nothing was sent to Featurebase. Fix the property name; the properties this"
              + " plugin knows are listed by 'mvn featurebase:help -Ddetail'.");
    }
  }
}
