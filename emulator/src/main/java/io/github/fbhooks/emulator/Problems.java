package io.github.fbhooks.emulator;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one body, so a response can list them all. */
final class Problems {

  private final List<Problem> list = new ArrayList<>();

  void missing(String path, String message) {
    list.add(new Problem(Problem.MISSING, path, message));
  }

  void invalid(String path, String message) {
    list.add(new Problem(Problem.INVALID, path, message));
  }

  void notSupported(String path, String message) {
    list.add(new Problem(Problem.NOT_SUPPORTED, path, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<Problem> list() {
    return List.copyOf(list);
  }

  /** Throws the validation error when any problem was found. */
  void throwIfAny() {
    if (!list.isEmpty()) {
      throw ApiException.validation(list);
    }
  }
}
