package io.github.fbhooks.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a workspace that declares more webhooks than Featurebase allows by default. The limit
 * is a default a workspace's plan can raise ("maximum number of webhooks (default: 10)"), so more
 * is never an error: apply sends every create and Featurebase decides.
 */
public final class WebhookLimits {

  private WebhookLimits() {}

  /**
   * One workspace over the default limit.
   *
   * @param location the first webhook past the limit
   * @param message what it means and what to do
   */
  public record Finding(SourceLocation location, String message) {

    /** {@return {@code <file>:<line>:<column>: <message>}} */
    @Override
    public String toString() {
      return location + ": " + message;
    }
  }

  /**
   * The warnings of a configuration, one per workspace over the default limit, each at the first
   * webhook past it: {@code featurebase/webhooks.yaml:36:5: the workspace of server 'featurebase'
   * declares 11 webhooks, more than ...}.
   *
   * @param config a loaded configuration
   * @return the warnings, empty when every workspace is within the default
   */
  public static List<String> warnings(WebhooksConfig config) {
    return findings(config).stream().map(Finding::toString).toList();
  }

  /**
   * The findings behind {@link #warnings}.
   *
   * @param config a loaded configuration
   * @return one per workspace over the default limit
   */
  public static List<Finding> findings(WebhooksConfig config) {
    List<Finding> findings = new ArrayList<>();
    for (WorkspaceConfig workspace : config.workspaces()) {
      List<DesiredWebhook> webhooks = workspace.webhooks();
      if (webhooks.size() <= WorkspaceConfig.DEFAULT_MAX_WEBHOOKS) {
        continue;
      }
      DesiredWebhook first = webhooks.get(WorkspaceConfig.DEFAULT_MAX_WEBHOOKS);
      findings.add(
          new Finding(
              first.location(),
              "the workspace of server '"
                  + workspace.serverId()
                  + "' declares "
                  + webhooks.size()
                  + " webhooks, more than Featurebase's default limit of "
                  + WorkspaceConfig.DEFAULT_MAX_WEBHOOKS
                  + " per workspace; '"
                  + first.name()
                  + "', declared here, is the first past it. A workspace's plan can raise the"
                  + " limit, so this is no error: apply sends every create and Featurebase refuses"
                  + " those past the workspace's limit. Within the default, move some webhooks to"
                  + " another workspace (\"workspaces:\")."));
    }
    return findings;
  }
}
