package io.github.fbhooks.maven;

import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Hands the current signing secret of a Featurebase webhook to later build steps, the same way
 * {@code rotate-secret} does, without rotating it. Use it to fetch the secret again in a later
 * pipeline step, or to recover after an interrupted rotation.
 *
 * @since 0.1.0
 */
@Mojo(name = "export-secret", threadSafe = true, requiresProject = false)
public final class ExportSecretMojo extends AbstractSecretMojo {

  /**
   * @param decrypter decrypts settings.xml passwords
   */
  @Inject
  public ExportSecretMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  boolean rotates() {
    return false;
  }
}
