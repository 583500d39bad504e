package io.github.fbhooks.maven;

import io.github.fbhooks.secret.SecretDocument;
import io.github.fbhooks.secret.SecretSink;
import java.util.Optional;
import org.apache.maven.project.MavenProject;

/**
 * Sets the secret as a project property, for later plugins of the same build (resource filtering, a
 * deploy plugin). The webhook id goes to {@value FeaturebaseProperties#WEBHOOK_ID_OUTPUT}.
 */
final class ProjectPropertySink implements SecretSink {

  private final MavenProject project;
  private final String propertyName;
  private final String idPropertyName;
  private volatile SecretDocument written;

  ProjectPropertySink(MavenProject project, String propertyName) {
    this(project, propertyName, FeaturebaseProperties.WEBHOOK_ID_OUTPUT);
  }

  ProjectPropertySink(MavenProject project, String propertyName, String idPropertyName) {
    this.project = project;
    this.propertyName = propertyName;
    this.idPropertyName = idPropertyName;
  }

  @Override
  public String describe() {
    return "project property ${" + propertyName + "}";
  }

  @Override
  public void preflight() {
    // setting a property cannot fail; the name was checked when the sink was made
  }

  @Override
  public void write(SecretDocument document) {
    project.getProperties().setProperty(propertyName, document.secret().reveal());
    project.getProperties().setProperty(idPropertyName, document.webhookId());
    written = document;
  }

  /** {@return what {@link #write} set, if it ran} */
  Optional<SecretDocument> written() {
    return Optional.ofNullable(written);
  }
}
