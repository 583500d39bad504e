package io.github.fbhooks.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a Markdown file for checking documentation: its headings with GitHub's anchors,
 * its links, its sections and its table rows. Fenced code blocks hold no headings and no links.
 */
final class MarkdownFile {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern INLINE_LINK =
      Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern REFERENCE_LINK =
      Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*(\\S+)");
  private static final Pattern LINK_IN_HEADING = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

  /** A heading: its level (1 to 6), its text as written, its anchor and its line index. */
  record Heading(int level, String text, String anchor, int line) {}

  /** A link as written ({@code docs/goals.md#api-parameters}) and the line it is on (1-based). */
  record Link(String target, int line) {}

  private final Path path;
  private final List<String> lines;
  private final boolean[] inCode;
  private final List<Heading> headings = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();

  private MarkdownFile(Path path, List<String> lines) {
    this.path = path;
    this.lines = lines;
    this.inCode = new boolean[lines.size()];
    boolean fenced = false;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (FENCE.matcher(line).find()) {
        fenced = !fenced;
        inCode[i] = true;
        continue;
      }
      inCode[i] = fenced;
      if (fenced) {
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String text = heading.group(2);
        String slug = slug(text);
        int count = seen.merge(slug, 1, Integer::sum);
        headings.add(
            new Heading(
                heading.group(1).length(), text, count == 1 ? slug : slug + "-" + (count - 1), i));
      }
      String prose = CODE_SPAN.matcher(line).replaceAll("");
      Matcher inline = INLINE_LINK.matcher(prose);
      while (inline.find()) {
        links.add(new Link(inline.group(1), i + 1));
      }
      Matcher reference = REFERENCE_LINK.matcher(prose);
      if (reference.find()) {
        links.add(new Link(reference.group(1), i + 1));
      }
    }
  }

  /**
   * Reads a Markdown file.
   *
   * @param path the file
   * @return its headings, links and lines
   * @throws IOException when it cannot be read
   */
  static MarkdownFile read(Path path) throws IOException {
    return new MarkdownFile(path, Files.readAllLines(path));
  }

  /**
   * GitHub's anchor for a heading: the rendered text in lower case, without punctuation (letters,
   * digits, {@code _}, {@code -} and spaces stay), each space a {@code -}. Code spans keep their
   * text, links their link text.
   *
   * @param heading the heading's text as written
   * @return the anchor, without {@code #}
   */
  static String slug(String heading) {
    String text = LINK_IN_HEADING.matcher(heading).replaceAll("$1");
    text = text.replace("`", "").replace("*", "").toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                slug.append('-');
              } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
              }
            });
    return slug.toString();
  }

  Path path() {
    return path;
  }

  List<Heading> headings() {
    return headings;
  }

  /** {@return every anchor a link may name in this file} */
  Set<String> anchors() {
    Set<String> anchors = new LinkedHashSet<>();
    headings.forEach(h -> anchors.add(h.anchor()));
    return anchors;
  }

  List<Link> links() {
    return links;
  }

  /**
   * The lines of a section: from its heading up to the next heading of the same or a higher level.
   *
   * @param heading a heading of this file
   * @return the section's lines, heading included
   */
  List<String> section(Heading heading) {
    int end = lines.size();
    for (Heading next : headings) {
      if (next.line() > heading.line() && next.level() <= heading.level()) {
        end = next.line();
        break;
      }
    }
    return lines.subList(heading.line(), end);
  }

  /**
   * The table rows of a section that are not in code blocks, as their cells.
   *
   * @param heading a heading of this file
   * @return the rows, each a list of trimmed cells (header and separator rows included)
   */
  List<List<String>> tableRows(Heading heading) {
    List<List<String>> rows = new ArrayList<>();
    int start = heading.line();
    List<String> section = section(heading);
    for (int i = 0; i < section.size(); i++) {
      String line = section.get(i).strip();
      if (!inCode[start + i] && line.startsWith("|")) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1).split("(?<!\\\\)\\|", -1)) {
          cells.add(cell.strip());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  /**
   * The same-file anchors a section links to ({@code [API parameters](#api-parameters)}).
   *
   * @param heading a heading of this file
   * @return the anchors, without {@code #}
   */
  Set<String> localLinks(Heading heading) {
    int from = heading.line() + 1;
    int to = from + section(heading).size();
    Set<String> anchors = new LinkedHashSet<>();
    for (Link link : links) {
      if (link.line() >= from && link.line() < to && link.target().startsWith("#")) {
        anchors.add(link.target().substring(1));
      }
    }
    return anchors;
  }

  /** {@return the whole text} */
  String text() {
    return String.join("\n", lines);
  }
}
