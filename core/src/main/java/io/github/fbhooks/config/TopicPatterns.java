package io.github.fbhooks.config;

import io.github.fbhooks.text.Suggestions;
import io.github.fbhooks.webhook.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Topic names and globs as the configuration writes them: a topic's wire name, or a glob where
 * {@code *} matches any characters, dots included ({@code post.*}, {@code conversation.admin.*},
 * {@code *.created}, {@code *}).
 */
final class TopicPatterns {

  private static final List<String> WIRE_NAMES =
      Arrays.stream(Topic.values()).map(Topic::wireName).toList();

  private TopicPatterns() {}

  /** {@return whether the entry is a glob} */
  static boolean isGlob(String entry) {
    return entry.indexOf('*') >= 0;
  }

  /** {@return the topics an entry stands for, in {@link Topic} order; empty when none} */
  static List<Topic> expand(String entry) {
    if (!isGlob(entry)) {
      return Topic.fromWireName(entry).map(List::of).orElse(List.of());
    }
    Pattern regex = toRegex(entry);
    return Arrays.stream(Topic.values())
        .filter(t -> regex.matcher(t.wireName()).matches())
        .toList();
  }

  /** {@return the message for an entry that stands for no topic} */
  static String noMatch(String entry) {
    if (isGlob(entry)) {
      return "topic pattern \""
          + entry
          + "\" matches no topic"
          + Suggestions.didYouMean(entry, globCandidates());
    }
    return "unknown topic \"" + entry + "\"" + Suggestions.didYouMean(entry, WIRE_NAMES);
  }

  /**
   * The position of an entry in canonical order: that of the first topic it stands for.
   *
   * @param entry a valid topic or glob
   * @return the ordinal of its first topic
   */
  static int rank(String entry) {
    List<Topic> topics = expand(entry);
    return topics.isEmpty() ? Integer.MAX_VALUE : topics.get(0).ordinal();
  }

  private static Pattern toRegex(String glob) {
    return Pattern.compile(
        Arrays.stream(glob.split("\\*", -1))
            .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
            .collect(Collectors.joining(".*")));
  }

  private static Set<String> globCandidates() {
    Set<String> candidates = new LinkedHashSet<>();
    for (String name : WIRE_NAMES) {
      List<String> segments = new ArrayList<>(Arrays.asList(name.split("\\.")));
      for (int i = 1; i < segments.size(); i++) {
        candidates.add(String.join(".", segments.subList(0, i)) + ".*");
      }
      candidates.add("*." + segments.get(segments.size() - 1));
    }
    return candidates;
  }
}
