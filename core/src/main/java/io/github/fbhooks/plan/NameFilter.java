package io.github.fbhooks.plan;

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

  private final List<Pattern> include;
  private final List<Pattern> exclude;

  /**
   * @param include globs a name must match one of; empty = all names
   * @param exclude globs a name must match none of
   */
  public NameFilter(List<String> include, List<String> exclude) {
    this.include = include.stream().map(NameFilter::compile).toList();
    this.exclude = exclude.stream().map(NameFilter::compile).toList();
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
