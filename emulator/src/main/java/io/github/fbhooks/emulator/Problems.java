package io.github.fbhooks.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /**
   * {@return the string field, or null when absent, null or (recorded as a problem) not a string}
   */
  String text(ObjectNode obj, String field) {
    JsonNode n = obj.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      invalid(field, field + " must be a string");
      return null;
    }
    return n.textValue();
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
