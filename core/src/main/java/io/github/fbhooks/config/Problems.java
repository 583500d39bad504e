package io.github.fbhooks.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one load, so that every problem is reported at once. Stops collecting
 * after {@value #LIMIT}, so hostile input cannot make a message of millions of lines.
 */
final class Problems {

  /** The most problems one load reports. */
  static final int LIMIT = 200;

  private final List<ConfigProblem> list = new ArrayList<>();
  private boolean truncated;

  /** Adds a problem at a location. */
  void add(SourceLocation location, YamlPath path, String message) {
    add(new ConfigProblem(location, path.toString(), message));
  }

  /** Adds a problem. */
  void add(ConfigProblem problem) {
    if (list.size() < LIMIT) {
      list.add(problem);
    } else if (!truncated) {
      truncated = true;
      list.add(
          new ConfigProblem(
              problem.location(),
              YamlPath.ROOT_DISPLAY,
              "more than " + LIMIT + " problems; fix these and run again to see the rest"));
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  /**
   * Throws when any problem was found.
   *
   * @param fileOrder the files in the order they were read, to sort problems by
   * @throws ConfigException with every problem, sorted by file, line and column
   */
  void throwIfAny(List<java.nio.file.Path> fileOrder) {
    if (list.isEmpty()) {
      return;
    }
    List<ConfigProblem> sorted = new ArrayList<>(list);
    sorted.sort(
        Comparator.comparingInt((ConfigProblem p) -> rank(fileOrder, p))
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column()));
    throw new ConfigException(sorted);
  }

  private static int rank(List<java.nio.file.Path> fileOrder, ConfigProblem problem) {
    int index = fileOrder.indexOf(problem.location().file());
    return index < 0 ? Integer.MAX_VALUE : index;
  }
}
