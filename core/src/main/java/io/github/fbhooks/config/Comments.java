package io.github.fbhooks.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments of a file, attached to what they describe so that fmt can move them with it:
 *
 * <ul>
 *   <li>an end-of-line comment belongs to the first key on its line (else its list item);
 *   <li>a comment on its own line belongs to the next key or list item, unless it is indented
 *       deeper than that: then it closes the block above it and goes after the key it is indented
 *       under;
 *   <li>comments before the first key are the header (the {@code yaml-language-server} modeline
 *       lives there), comments after the last one the footer.
 * </ul>
 *
 * @param header header lines: comments and single blank lines, as written
 * @param leading own-line comments, by the pointer of the node they precede
 * @param trailing end-of-line comments, by the pointer of the node on their line
 * @param after own-line comments that close a block, by the pointer of the node whose block
 * @param footer comments after the last node
 */
record Comments(
    List<String> header,
    Map<String, List<String>> leading,
    Map<String, String> trailing,
    Map<String, List<String>> after,
    List<String> footer) {

  /**
   * A comment as written.
   *
   * @param line 1-based line
   * @param column 1-based column of the {@code #}
   * @param text from the {@code #} to the end of the line, trailing blanks removed
   * @param ownLine whether only blanks precede it on its line
   */
  record Comment(int line, int column, String text, boolean ownLine) {}

  /** Where a key or list item starts: what comments attach to. */
  private record Anchor(int line, int column, String pointer, int depth, boolean key) {}

  /**
   * Finds and attaches the comments of a document.
   *
   * @param document the parsed file
   * @return the comments
   */
  static Comments of(ParsedDocument document) {
    List<Comment> comments = scan(document);
    List<Anchor> anchors = anchors(document);
    String[] lines = document.source().text().split("\n", -1);
    int firstLine = anchors.isEmpty() ? Integer.MAX_VALUE : anchors.get(0).line();
    List<String> header = new ArrayList<>();
    Map<String, List<String>> leading = new LinkedHashMap<>();
    Map<String, String> trailing = new LinkedHashMap<>();
    Map<String, List<String>> after = new LinkedHashMap<>();
    List<String> footer = new ArrayList<>();
    int nextLine = 1;
    for (Comment comment : comments) {
      if (comment.ownLine() && comment.line() < firstLine) {
        // blank lines between header comments are kept, one at most
        if (!header.isEmpty() && hasBlankBetween(lines, nextLine, comment.line())) {
          header.add("");
        }
        header.add(comment.text());
        nextLine = comment.line() + 1;
        continue;
      }
      Anchor onLine = comment.ownLine() ? null : firstOnLine(anchors, comment.line());
      if (onLine != null && !trailing.containsKey(onLine.pointer())) {
        trailing.put(onLine.pointer(), comment.text());
        continue;
      }
      Anchor next = firstAfter(anchors, comment.line());
      Anchor closing =
          comment.column() > (next == null ? 1 : next.column())
              ? lastBefore(anchors, comment.line(), comment.column())
              : null;
      if (comment.ownLine() && closing != null) {
        after.computeIfAbsent(closing.pointer(), k -> new ArrayList<>()).add(comment.text());
      } else if (next == null) {
        footer.add(comment.text());
      } else {
        leading.computeIfAbsent(next.pointer(), k -> new ArrayList<>()).add(comment.text());
      }
    }
    if (!header.isEmpty()
        && firstLine != Integer.MAX_VALUE
        && hasBlankBetween(lines, nextLine, firstLine)) {
      header.add("");
    }
    return new Comments(header, leading, trailing, after, footer);
  }

  /** {@return every comment text, for checking that fmt kept them all} */
  List<String> all() {
    List<String> all = new ArrayList<>();
    header.stream().filter(s -> !s.isEmpty()).forEach(all::add);
    leading.values().forEach(all::addAll);
    all.addAll(trailing.values());
    after.values().forEach(all::addAll);
    all.addAll(footer);
    all.sort(Comparator.naturalOrder());
    return all;
  }

  private static boolean hasBlankBetween(String[] lines, int fromLine, int toLine) {
    for (int line = fromLine; line < toLine && line - 1 < lines.length; line++) {
      if (lines[line - 1].isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** {@return the first key on a line (what "- topics: [...] # c" describes), else any node} */
  private static Anchor firstOnLine(List<Anchor> anchors, int line) {
    Anchor any = null;
    for (Anchor anchor : anchors) {
      if (anchor.line() == line) {
        if (anchor.key()) {
          return anchor;
        }
        any = any == null ? anchor : any;
      }
    }
    return any;
  }

  private static Anchor firstAfter(List<Anchor> anchors, int line) {
    for (Anchor anchor : anchors) {
      if (anchor.line() > line) {
        return anchor;
      }
    }
    return null;
  }

  /** {@return the last node before a line that starts at or left of a column} */
  private static Anchor lastBefore(List<Anchor> anchors, int line, int column) {
    Anchor found = null;
    for (Anchor anchor : anchors) {
      if (anchor.line() >= line) {
        break;
      }
      if (anchor.column() <= column) {
        found = anchor;
      }
    }
    return found;
  }

  private static List<Anchor> anchors(ParsedDocument document) {
    List<Anchor> anchors = new ArrayList<>();
    for (Map.Entry<String, ParsedDocument.NodeInfo> entry : document.nodes().entrySet()) {
      if (entry.getKey().isEmpty()) {
        continue; // the root
      }
      ParsedDocument.NodeInfo info = entry.getValue();
      SourceLocation at = info.key() != null ? info.key() : info.value();
      // a list item stands where its list's dashes are, left of its first key
      int column = info.key() == null && info.listColumn() > 0 ? info.listColumn() : at.column();
      int depth = (int) entry.getKey().chars().filter(c -> c == '/').count();
      anchors.add(new Anchor(at.line(), column, entry.getKey(), depth, info.key() != null));
    }
    // by position; where a list item and its first key start together, the item (outer) first
    anchors.sort(
        Comparator.comparingInt(Anchor::line)
            .thenComparingInt(Anchor::column)
            .thenComparingInt(Anchor::depth));
    return anchors;
  }

  /**
   * Finds every {@code #} that starts a comment: after a blank or at a line start, outside scalars.
   */
  private static List<Comment> scan(ParsedDocument document) {
    Map<Integer, List<ParsedDocument.Span>> spansByLine = new HashMap<>();
    for (ParsedDocument.Span span : document.scalars()) {
      for (int line = span.startLine(); line <= span.endLine(); line++) {
        spansByLine.computeIfAbsent(line, k -> new ArrayList<>()).add(span);
      }
    }
    List<Comment> comments = new ArrayList<>();
    String[] lines = document.source().text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i];
      int column = 1;
      int previous = -1;
      boolean blanksOnly = true;
      for (int offset = 0; offset < line.length(); ) {
        int cp = line.codePointAt(offset);
        if (cp == '#'
            && (previous == -1 || previous == ' ' || previous == '\t')
            && !inside(spansByLine.get(lineNumber), lineNumber, column)) {
          comments.add(
              new Comment(lineNumber, column, line.substring(offset).stripTrailing(), blanksOnly));
          break;
        }
        if (cp != ' ' && cp != '\t') {
          blanksOnly = false;
        }
        previous = cp;
        offset += Character.charCount(cp);
        column++;
      }
    }
    return comments;
  }

  private static boolean inside(List<ParsedDocument.Span> spans, int line, int column) {
    if (spans == null) {
      return false;
    }
    for (ParsedDocument.Span span : spans) {
      if (span.contains(line, column)) {
        return true;
      }
    }
    return false;
  }
}
