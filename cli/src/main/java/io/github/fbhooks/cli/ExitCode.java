package io.github.fbhooks.cli;

/**
 * The exit codes a pipeline can branch on; Terraform's convention for plans.
 *
 * <ul>
 *   <li>{@value #OK}: success, or a plan with no changes
 *   <li>{@value #ERROR}: an error, the command line's included; nothing or, for apply, only what
 *       the message names was changed
 *   <li>{@value #CHANGES}: {@code plan --detailed-exitcode} found changes to apply
 *   <li>{@value #DRIFT}: {@code plan --fail-on-changes} found drift (or a filter that matches
 *       nothing)
 * </ul>
 */
public final class ExitCode {

  /** Success; a plan without changes. */
  public static final int OK = 0;

  /** An error. */
  public static final int ERROR = 1;

  /** {@code plan --detailed-exitcode}: changes are pending. */
  public static final int CHANGES = 2;

  /** {@code plan --fail-on-changes}: the live webhooks drifted from the configuration. */
  public static final int DRIFT = 3;

  private ExitCode() {}
}
