package io.github.fbhooks.maven;

import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.SecretDocument;
import io.github.fbhooks.output.SecretFormat;
import io.github.fbhooks.output.SecretSink;
import org.apache.maven.project.MavenProject;

/**
 * Sets the secret as a project property, for later plugins of the same build (resource filtering, a
 * deploy plugin). The webhook id goes to {@value FeaturebaseProperties#WEBHOOK_ID_OUTPUT}.
 *
 * <p>A project property is visible to every later plugin, and Maven's debug output ({@code -X})
 * prints plugin parameters, so a later plugin may print the secret there: with debug logging on,
 * this sink warns and names the file-only alternative.
 */
final class ProjectPropertySink implements SecretSink {

  private final MavenProject project;
  private final String propertyName;
  private final String idPropertyName;
  private final BuildLog log;

  ProjectPropertySink(MavenProject project, String propertyName, BuildLog log) {
    this(project, propertyName, FeaturebaseProperties.WEBHOOK_ID_OUTPUT, log);
  }

  ProjectPropertySink(
      MavenProject project, String propertyName, String idPropertyName, BuildLog log) {
    this.project = project;
    this.propertyName = propertyName;
    this.idPropertyName = idPropertyName;
    this.log = log;
  }

  @Override
  public String describe() {
    return "project property ${" + propertyName + "}";
  }

  /** {@return the property of the previous secret during an overlap rotation} */
  String previousPropertyName() {
    return SecretFormat.previousKey(propertyName);
  }

  @Override
  public void check() {
    // setting a property cannot fail; the name was checked when the sink was made
  }

  @Override
  public void prepare() {
    // nothing to reserve
  }

  @Override
  public void write(SecretDocument document) {
    project.getProperties().setProperty(propertyName, document.secret().reveal());
    project.getProperties().setProperty(idPropertyName, document.webhookId());
    String previous = SecretFormat.previousKey(propertyName);
    if (document.previousSecret().isPresent()) {
      project.getProperties().setProperty(previous, document.previousSecret().get().reveal());
    } else {
      // an earlier overlap rotation's previous secret must not pass for this one's
      project.getProperties().remove(previous);
    }
    if (log.isDebugEnabled()) {
      log.warn(
          "Debug output is on, and the secret is now in the project property ${"
              + propertyName
              + "}: later plugins that print their parameters or the project's properties at -X"
              + " (maven-resources-plugin does) may print it in this log. Run without -X, or hand"
              + " the secret over in a file only (-D"
              + FeaturebaseProperties.SECRET_PROPERTY
              + "=none -D"
              + FeaturebaseProperties.SECRET_FILE
              + "=<file>).");
    }
  }
}
