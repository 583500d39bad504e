package io.github.fbhooks.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for mistyped names (topics, fields, options, properties): the closest candidate by
 * edit distance, when close. The one implementation every front end and core use; independent of
 * the default locale.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to a mistyped word.
   *
   * @param typed what the user wrote
   * @param candidates the valid words
   * @return the closest, if it is close enough to be what the user meant
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String a = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(a, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = a.length() <= 5 ? 2 : 3;
    return best != null && bestDistance <= allowed && !best.equals(typed)
        ? Optional.of(best)
        : Optional.empty();
  }

  /**
   * A suggestion to append to a message.
   *
   * @param typed what the user wrote
   * @param candidates the valid words
   * @return {@code " (did you mean "x"?)"}, or an empty string when nothing is close
   */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
  }

  /**
   * Edit distance where a substitution costs 2 and an insertion, deletion or transposition 1, so
   * that "post.upvoted" is closer to "post.voted" than to "post.updated".
   *
   * @param a a word
   * @param b another word
   * @return their distance, large when their lengths differ by more than 8
   */
  public static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8) {
      return Integer.MAX_VALUE / 2;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 2;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
