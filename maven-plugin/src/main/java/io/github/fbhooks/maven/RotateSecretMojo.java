package io.github.fbhooks.maven;

import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Rotates the signing secret of a Featurebase webhook and hands the new secret to later build steps
 * (a project property, a file, GitHub Actions step outputs). Featurebase invalidates the old secret
 * at once. Runs once per build, however many modules the reactor has.
 *
 * @since 0.1.0
 */
@Mojo(name = "rotate-secret", threadSafe = true, requiresProject = false)
public final class RotateSecretMojo extends AbstractSecretMojo {

  /**
   * @param decrypter decrypts settings.xml passwords
   */
  @Inject
  public RotateSecretMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  /**
   * Rotate even where an earlier run was interrupted after its rotation took effect. By default
   * such a run's secret, which nobody received, is handed out instead of rotating again.
   *
   * @since 0.1.0
   */
  @Parameter(property = FeaturebaseProperties.ROTATE_ANEW, defaultValue = "false")
  boolean rotateAnew;

  @Override
  boolean rotates() {
    return true;
  }

  @Override
  boolean rotateAnew() {
    return rotateAnew;
  }
}
