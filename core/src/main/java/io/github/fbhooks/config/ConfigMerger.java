package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the workspaces of all files into one configuration: declarations of the same workspace
 * (server id and base URL) in several files become one; checks what spans declarations: unique
 * names per workspace, unique ids everywhere, one prune and one API version per workspace. (More
 * than {@value WorkspaceConfig#DEFAULT_MAX_WEBHOOKS} webhooks is a warning, see {@link
 * WebhookLimits}.)
 */
final class ConfigMerger {

  private final Problems problems;

  private ConfigMerger(Problems problems) {
    this.problems = problems;
  }

  /**
   * Merges.
   *
   * @param sources the files read, in order
   * @param drafts every workspace declaration, in file order
   * @param problems where problems go
   * @return the configuration (meaningful only when no problem was found)
   */
  static WebhooksConfig merge(List<Path> sources, List<WorkspaceDraft> drafts, Problems problems) {
    return new ConfigMerger(problems).merge(sources, drafts);
  }

  private WebhooksConfig merge(List<Path> sources, List<WorkspaceDraft> drafts) {
    Map<String, List<WorkspaceDraft>> byIdentity = new LinkedHashMap<>();
    for (WorkspaceDraft draft : drafts) {
      List<WorkspaceDraft> same =
          byIdentity.computeIfAbsent(draft.identity(), k -> new ArrayList<>());
      for (WorkspaceDraft earlier : same) {
        if (earlier.document() == draft.document()) {
          problems.add(
              draft.location(),
              draft.path(),
              "workspace "
                  + describe(draft)
                  + " is already declared at "
                  + Where.earlier(earlier.location(), draft.location())
                  + "; declare each workspace once per file");
        }
      }
      same.add(draft);
    }
    Map<String, SourceLocation> ids = new HashMap<>();
    List<WorkspaceConfig> workspaces = new ArrayList<>();
    for (List<WorkspaceDraft> declarations : byIdentity.values()) {
      workspaces.add(workspace(declarations, ids));
    }
    return new WebhooksConfig(sources, workspaces);
  }

  private WorkspaceConfig workspace(
      List<WorkspaceDraft> declarations, Map<String, SourceLocation> ids) {
    WorkspaceDraft first = declarations.get(0);
    Optional<Boolean> prune = agreed(declarations, "prune", WorkspaceDraft::prune);
    var apiVersion = agreed(declarations, "apiVersion", WorkspaceDraft::apiVersion);
    List<DesiredWebhook> webhooks = new ArrayList<>();
    Map<String, SourceLocation> names = new HashMap<>();
    for (WorkspaceDraft declaration : declarations) {
      ParsedDocument document = declaration.document();
      for (WorkspaceDraft.Named draft : declaration.named()) {
        YamlPath namePath = draft.path().key("name");
        SourceLocation name = document.valueAt(namePath);
        SourceLocation earlierName = names.putIfAbsent(draft.name(), name);
        if (earlierName != null) {
          problems.add(
              name,
              namePath,
              "duplicate webhook name \""
                  + draft.name()
                  + "\" (first at "
                  + Where.earlier(earlierName, name)
                  + "); names are unique in a workspace");
        }
        if (draft.id().isPresent()) {
          YamlPath idPath = draft.path().key("id");
          SourceLocation id = document.valueAt(idPath);
          SourceLocation earlierId = ids.putIfAbsent(draft.id().get(), id);
          if (earlierId != null) {
            problems.add(
                id,
                idPath,
                "webhook id "
                    + draft.id().get()
                    + " is also declared at "
                    + Where.earlier(earlierId, id)
                    + "; an id names exactly one webhook");
          }
        }
      }
      declaration.webhooks().forEach(draft -> webhooks.add(draft.webhook()));
    }
    return new WorkspaceConfig(
        first.serverId(),
        first.baseUrl(),
        apiVersion,
        prune.orElse(false),
        webhooks,
        first.location(),
        first.declared("serverId"),
        first.declared("baseUrl"));
  }

  /** The one value the declarations that state it agree on; a problem where they differ. */
  private <T> Optional<T> agreed(
      List<WorkspaceDraft> declarations,
      String field,
      java.util.function.Function<WorkspaceDraft, Optional<T>> value) {
    Optional<T> agreed = Optional.empty();
    SourceLocation stated = null;
    for (WorkspaceDraft declaration : declarations) {
      Optional<T> here = value.apply(declaration);
      if (here.isEmpty()) {
        continue;
      }
      YamlPath path = declaration.path().key(field);
      SourceLocation at = declaration.document().valueAt(path);
      if (agreed.isPresent() && !agreed.equals(here)) {
        problems.add(
            at,
            path,
            field
                + " is "
                + here.get()
                + " here but "
                + agreed.get()
                + " at "
                + Where.earlier(stated, at)
                + " for the same workspace; state it once");
      } else if (agreed.isEmpty()) {
        agreed = here;
        stated = at;
      }
    }
    return agreed;
  }

  private static String describe(WorkspaceDraft draft) {
    return "\"" + draft.identity() + "\"";
  }
}
