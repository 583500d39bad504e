package io.github.fbhooks.maven;

import io.github.fbhooks.api.AuthenticationException;
import io.github.fbhooks.api.AuthorizationException;
import io.github.fbhooks.api.InvalidRequestException;
import io.github.fbhooks.api.NotFoundException;
import io.github.fbhooks.api.UnsupportedApiVersionException;
import io.github.fbhooks.config.ConfigException;
import io.github.fbhooks.config.UntrustedTargetException;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.plan.PlanException;
import io.github.fbhooks.plan.StalePlanException;
import io.github.fbhooks.rotate.RotationException;
import io.github.fbhooks.rotate.WebhookSelectionException;
import io.github.fbhooks.words.SettingException;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one place where core failures become Maven failures, their messages rendered in this plugin's
 * terms ({@link MavenWords}): {@link MojoFailureException} for what the user must fix
 * (configuration, webhooks.yaml, key, selection, a request Featurebase refused), {@link
 * MojoExecutionException} for the environment (network, server errors, rate limits). The message is
 * core's own one-paragraph message; the stack trace stays behind {@code -e}.
 */
final class MojoExceptions {

  private MojoExceptions() {}

  static AbstractMojoExecutionException map(RuntimeException e) {
    if (e instanceof BuildOnce.AlreadyFailedException
        && e.getCause() instanceof RuntimeException c) {
      AbstractMojoExecutionException mapped = map(c);
      return mapped instanceof MojoFailureException
          ? withCause(new MojoFailureException(MavenWords.messageOf(e)), e)
          : new MojoExecutionException(MavenWords.messageOf(e), e);
    }
    Throwable decisive = e instanceof RotationException && e.getCause() != null ? e.getCause() : e;
    if (isUserError(decisive)
        || (e instanceof RotationException && decisive == e)
        || e instanceof UntrustedTargetException) {
      return withCause(new MojoFailureException(MavenWords.messageOf(e)), e);
    }
    return new MojoExecutionException(MavenWords.messageOf(e), e);
  }

  private static MojoFailureException withCause(MojoFailureException failure, Throwable cause) {
    failure.initCause(cause);
    return failure;
  }

  private static boolean isUserError(Throwable e) {
    return e instanceof UserConfigurationException
        || e instanceof ConfigException
        || e instanceof PlanException
        || e instanceof StalePlanException
        || e instanceof WebhookSelectionException
        || e instanceof SecretOutputException
        || e instanceof UnsupportedApiVersionException
        || e instanceof AuthenticationException
        || e instanceof AuthorizationException
        || e instanceof NotFoundException
        || e instanceof InvalidRequestException
        || e instanceof SettingException;
  }
}
