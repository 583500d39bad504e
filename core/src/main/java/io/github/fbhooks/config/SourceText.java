package io.github.fbhooks.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The text of one configuration file, read defensively: at most {@value #MAX_BYTES} bytes, strict
 * UTF-8 (a UTF-8 byte order mark is skipped), no control characters, line breaks normalised to
 * {@code \n} (CRLF files are read as well; {@link #crlf()} remembers it for fmt).
 *
 * @param display the file as messages name it
 * @param text the content, with {@code \n} line breaks and no byte order mark
 * @param crlf whether the file used CRLF line breaks
 */
record SourceText(Path display, String text, boolean crlf) {

  /** The largest file read: 1 MiB. A webhooks file is a few kilobytes. */
  static final int MAX_BYTES = 1 << 20;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Reads a file.
   *
   * @param file the file to read
   * @param display the file as messages name it
   * @param problems where a problem goes
   * @return the text, or empty when the file cannot be used (the problem says why)
   */
  static Optional<SourceText> read(Path file, Path display, Problems problems) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      fileProblem(problems, display, "no such file");
      return Optional.empty();
    } catch (IOException e) {
      fileProblem(problems, display, "cannot be read: " + e.getClass().getSimpleName());
      return Optional.empty();
    }
    if (bytes.length > MAX_BYTES) {
      fileProblem(
          problems,
          display,
          "the file is larger than 1 MiB ("
              + MAX_BYTES
              + " bytes), far more than any webhooks file; split it into several files in a"
              + " directory");
      return Optional.empty();
    }
    return decode(bytes, display, problems);
  }

  /**
   * Decodes file content (also for tests and fmt's own output).
   *
   * @param bytes the raw bytes
   * @param display the file as messages name it
   * @param problems where a problem goes
   * @return the text, or empty on a problem
   */
  static Optional<SourceText> decode(byte[] bytes, Path display, Problems problems) {
    int start = 0;
    if (startsWith(bytes, UTF8_BOM)) {
      start = UTF8_BOM.length;
    } else if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})
        || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})) {
      fileProblem(
          problems, display, "the file is UTF-16 or UTF-32 encoded; save it as UTF-8 instead");
      return Optional.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
      problems.add(
          at(display, before),
          YamlPath.ROOT,
          String.format(
              "the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", bytes[bad] & 0xFF));
      return Optional.empty();
    }
    decoder.flush(out);
    String raw = out.flip().toString();
    boolean crlf = raw.contains("\r\n");
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!allowed(cp)) {
        problems.add(
            at(display, text.substring(0, i)),
            YamlPath.ROOT,
            String.format(
                "the file contains the control character U+%04X; remove it (names, descriptions"
                    + " and header values never hold control characters)",
                cp));
        return Optional.empty();
      }
      i += Character.charCount(cp);
    }
    return Optional.of(new SourceText(display, text, crlf));
  }

  /** {@return the location just after some text: line and column (in characters) of its end} */
  private static SourceLocation at(Path display, String before) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    String last = before.substring(lineStart);
    return new SourceLocation(display, line, last.codePointCount(0, last.length()) + 1);
  }

  private static boolean allowed(int cp) {
    if (cp == '\t' || cp == '\n') {
      return true;
    }
    // NEL, LS and PS are line breaks to YAML 1.1 but not to editors: refused, so that line
    // numbers mean the same to the parser, the messages and the user
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
      return false;
    }
    return cp != 0xFFFE && cp != 0xFFFF;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static void fileProblem(Problems problems, Path display, String message) {
    problems.add(new SourceLocation(display, 1, 1), YamlPath.ROOT, message);
  }
}
