package io.github.fbhooks.plan;

import io.github.fbhooks.text.SafeText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Limits plan and apply to webhooks whose names match: {@code include} globs (all when none), minus
 * {@code exclude} globs. {@code *} matches any run of characters, {@code ?} one character; matching
 * is case-sensitive like webhook names.
 */
public final class NameFilter {

  /** A filter that lets every name through. */
  public static final NameFilter ALL = new NameFilter(List.of(), List.of());

  private final List<String> includeGlobs;
  private final List<String> excludeGlobs;
  private final List<Pattern> include;
  private final List<Pattern> exclude;

  /**
   * @param include globs a name must match one of; empty = all names
   * @param exclude globs a name must match none of
   */
  public NameFilter(List<String> include, List<String> exclude) {
    this.includeGlobs = List.copyOf(include);
    this.excludeGlobs = List.copyOf(exclude);
    this.include = include.stream().map(NameFilter::compile).toList();
    this.exclude = exclude.stream().map(NameFilter::compile).toList();
  }

  /**
   * The patterns that match none of the names: most often a typo, which would otherwise make a plan
   * quietly empty.
   *
   * @param names every webhook name there is, declared and live
   * @return e.g. {@code include "prod-*"}, in the order given, includes first
   */
  public List<String> unmatched(Collection<String> names) {
    List<String> unmatched = new ArrayList<>();
    unmatched(includeGlobs, include, names, "include", unmatched);
    unmatched(excludeGlobs, exclude, names, "exclude", unmatched);
    return unmatched;
  }

  private static void unmatched(
      List<String> globs,
      List<Pattern> patterns,
      Collection<String> names,
      String kind,
      List<String> unmatched) {
    for (int i = 0; i < globs.size(); i++) {
      Pattern pattern = patterns.get(i);
      if (names.stream().noneMatch(name -> pattern.matcher(name).matches())) {
        unmatched.add(kind + " " + SafeText.quote(globs.get(i).trim()));
      }
    }
  }

  /** {@return whether plan and apply handle the webhook with this name} */
  public boolean matches(String name) {
    boolean included =
        include.isEmpty() || include.stream().anyMatch(p -> p.matcher(name).matches());
    return included && exclude.stream().noneMatch(p -> p.matcher(name).matches());
  }

  /** {@return whether the filter lets every name through} */
  public boolean isAll() {
    return include.isEmpty() && exclude.isEmpty();
  }

  private static Pattern compile(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.trim().toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
