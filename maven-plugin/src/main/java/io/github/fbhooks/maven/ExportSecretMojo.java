package io.github.fbhooks.maven;

import io.github.fbhooks.rotate.RotationRequest;
import io.github.fbhooks.rotate.RotationResult;
import io.github.fbhooks.rotate.SecretRotator;
import java.util.function.Function;
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
  Function<RotationRequest, RotationResult> action() {
    return request -> new SecretRotator(client(), buildLog()).export(request);
  }

  @Override
  String verb() {
    return "exported";
  }
}
