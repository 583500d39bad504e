package io.github.fbhooks.maven;

import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationResult;
import io.github.fbhooks.rotate.SecretRotator;
import java.util.function.Function;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
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

  @Override
  Function<RotationRequest, RotationResult> action() {
    return request -> new SecretRotator(client(), buildLog()).rotate(request);
  }

  @Override
  String verb() {
    return "rotated";
  }
}
