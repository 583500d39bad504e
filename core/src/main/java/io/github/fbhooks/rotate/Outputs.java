package io.github.fbhooks.rotate;

import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.SecretDocument;
import io.github.fbhooks.output.SecretOutputException;
import io.github.fbhooks.output.SecretSink;
import io.github.fbhooks.words.Command;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.util.ArrayList;
import java.util.List;

/** The secret outputs of one run, as both rotation strategies and the export drive them. */
final class Outputs {

  private final List<SecretSink> sinks;
  private final BuildLog log;

  Outputs(List<SecretSink> sinks, BuildLog log) {
    this.sinks = List.copyOf(sinks);
    this.log = log;
  }

  /** Checks every output without touching the file system: for dry runs. */
  void checkAll() {
    sinks.forEach(SecretSink::check);
  }

  /** Prepares every output (reserves its file), so that nothing changes if one cannot be. */
  void prepareAll() {
    sinks.forEach(SecretSink::prepare);
  }

  /** Releases what {@link #prepareAll} reserved and was not written. */
  void releaseAll() {
    sinks.forEach(SecretSink::release);
  }

  /**
   * {@return the usual fix after a failed output: write the live secret again with export-secret}
   *
   * @param webhookId the webhook whose secret is live
   */
  static String exportAgain(String webhookId) {
    return "run "
        + Words.command(Command.EXPORT_SECRET, Setting.WEBHOOK_ID, webhookId)
        + " to write the live secret again (do not rotate again).";
  }

  /** {@return the outputs, as messages name them} */
  String describe() {
    return String.join(", ", described());
  }

  /** {@return each output, as messages name it} */
  List<String> described() {
    return sinks.stream().map(SecretSink::describe).toList();
  }

  /**
   * Writes the document to every output; when one fails, the others are still written and the
   * failure names them all.
   *
   * @param document the secret(s) to write
   * @param changed what was changed at Featurebase before this, for the failure's message (e.g.
   *     {@code The secret of webhook 'x' (id) was rotated, but }), or empty when nothing was
   * @param fix what to run once the output is fixed, a sentence
   * @throws SecretOutputException when nothing was changed and an output failed
   * @throws RotationException when something was changed and an output failed
   */
  void writeAll(SecretDocument document, String changed, String fix) {
    List<String> written = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    SecretOutputException firstFailure = null;
    for (SecretSink sink : sinks) {
      try {
        sink.write(document);
        written.add(sink.describe());
        log.info("Wrote the secret to " + sink.describe() + ".");
      } catch (SecretOutputException e) {
        failed.add(sink.describe() + ": " + Words.of(e));
        if (firstFailure == null) {
          firstFailure = e;
        }
      }
    }
    if (firstFailure == null) {
      return;
    }
    String message =
        changed
            + "the secret could not be written to "
            + String.join("; ", failed)
            + (written.isEmpty() ? "" : ". It was written to " + String.join(", ", written))
            + ". Fix the output, then "
            + fix;
    if (changed.isEmpty()) {
      throw new SecretOutputException(message, firstFailure);
    }
    throw new RotationException(
        RotationException.State.ROTATED_OUTPUT_INCOMPLETE, message, firstFailure);
  }
}
