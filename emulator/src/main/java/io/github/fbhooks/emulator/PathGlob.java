package io.github.fbhooks.emulator;

/**
 * Path patterns of faults: {@code *} matches exactly one path segment, {@code **} any number of
 * segments (also none); other segments match literally. E.g. {@code /v2/webhooks/ * /secret}
 * (without the spaces) or {@code /v2/**}.
 */
final class PathGlob {

  private PathGlob() {}

  /**
   * Matches a request path against a pattern.
   *
   * @param pattern starts with a slash
   * @param path the raw request path, without the query
   * @return whether the pattern covers the path
   */
  static boolean matches(String pattern, String path) {
    if (!pattern.startsWith("/") || !path.startsWith("/")) {
      return false;
    }
    return matches(pattern.substring(1).split("/", -1), 0, path.substring(1).split("/", -1), 0);
  }

  private static boolean matches(String[] pattern, int p, String[] path, int s) {
    if (p == pattern.length) {
      return s == path.length;
    }
    if (pattern[p].equals("**")) {
      for (int rest = s; rest <= path.length; rest++) {
        if (matches(pattern, p + 1, path, rest)) {
          return true;
        }
      }
      return false;
    }
    if (s == path.length) {
      return false;
    }
    boolean segmentMatches =
        pattern[p].equals("*") ? !path[s].isEmpty() : pattern[p].equals(path[s]);
    return segmentMatches && matches(pattern, p + 1, path, s + 1);
  }
}
