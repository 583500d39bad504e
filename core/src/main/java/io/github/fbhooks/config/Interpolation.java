package io.github.fbhooks.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * References in header values: {@code ${env:NAME}} is replaced by the environment variable {@code
 * NAME}; {@code $${} writes a literal {@code ${}. No other {@code ${...}} form exists.
 */
final class Interpolation {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MAX_SHOWN = 40;

  private Interpolation() {}

  /**
   * A value split into literal text and references.
   *
   * @param parts literal strings and {@link EnvReference}s, in order
   * @param error what is wrong with the references, or null
   */
  record Parsed(List<Object> parts, String error) {

    /** {@return the names of the variables referenced, in order, without repeats} */
    List<String> variables() {
      return parts.stream()
          .filter(EnvReference.class::isInstance)
          .map(p -> ((EnvReference) p).name())
          .distinct()
          .toList();
    }

    /** {@return whether the value references the environment} */
    boolean hasReferences() {
      return parts.stream().anyMatch(EnvReference.class::isInstance);
    }

    /**
     * Resolves the references.
     *
     * @param environment variable name to value, null when unset
     * @param unset receives the name of every unset variable
     * @return the resolved value
     */
    String resolve(
        Function<String, String> environment, java.util.function.Consumer<String> unset) {
      StringBuilder out = new StringBuilder();
      for (Object part : parts) {
        if (part instanceof EnvReference ref) {
          String value = environment.apply(ref.name());
          if (value == null) {
            unset.accept(ref.name());
          } else {
            out.append(value);
          }
        } else {
          out.append(part);
        }
      }
      return out.toString();
    }
  }

  /**
   * A reference to an environment variable.
   *
   * @param name the variable's name
   */
  record EnvReference(String name) {}

  /** {@return whether a string holds anything this syntax gives meaning to} */
  static boolean mentions(String text) {
    return text.contains("${");
  }

  /**
   * Parses a value.
   *
   * @param text the value as written
   * @return its parts, or the first error
   */
  static Parsed parse(String text) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        literal.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        int close = text.indexOf('}', i + 2);
        if (close < 0) {
          return new Parsed(
              List.of(),
              "unclosed \"${\"; the only reference is ${env:NAME} (write $${ for a literal ${)");
        }
        String inside = text.substring(i + 2, close);
        String shown = shown("${" + inside + "}");
        if (!inside.startsWith("env:")) {
          String hint =
              NAME.matcher(inside).matches()
                  ? " (did you mean \"${env:" + inside + "}\"?)"
                  : inside.toLowerCase(Locale.ROOT).startsWith("env:")
                      ? " (did you mean \"${env:" + inside.substring(4) + "}\"?)"
                      : "";
          return new Parsed(
              List.of(),
              "unknown reference \""
                  + shown
                  + "\""
                  + hint
                  + "; the only form is ${env:NAME} (write $${ for a literal ${)");
        }
        String name = inside.substring(4);
        if (!NAME.matcher(name).matches()) {
          return new Parsed(
              List.of(),
              "\""
                  + shown
                  + "\" does not name an environment variable: use letters, digits and _, not"
                  + " starting with a digit");
        }
        if (!literal.isEmpty()) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(new EnvReference(name));
        i = close + 1;
      } else {
        literal.append(text.charAt(i));
        i++;
      }
    }
    if (!literal.isEmpty()) {
      parts.add(literal.toString());
    }
    return new Parsed(List.copyOf(parts), null);
  }

  private static String shown(String reference) {
    return reference.length() <= MAX_SHOWN ? reference : reference.substring(0, MAX_SHOWN) + "...";
  }
}
