package io.github.fbhooks.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.output.OwnerOnlyFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trace of changes that hand out a secret only once: before a secret rotation or a webhook create
 * is sent, an intent marker is written to a directory (the build directory); once the secret has
 * reached its outputs, the marker is removed. A run that dies in between (a killed CI job, an OOM)
 * leaves its marker, so the next run knows a secret may have been issued and never handed out, and
 * can hand it out instead of changing anything again.
 *
 * <p>Markers hold no secret: the base URL, the webhook's id or name, when it started, and for a
 * rotation the fingerprint of the secret before it. They are written atomically, owner-only.
 */
public final class IntentJournal {

  /** What an intent is about to do. */
  public enum Kind {
    /** {@code POST /v2/webhooks/{id}/secret}; the subject is the webhook id. */
    ROTATE,
    /** {@code POST /v2/webhooks}; the subject is the webhook name. */
    CREATE
  }

  /**
   * A change that was started and not yet seen through.
   *
   * @param kind what it does
   * @param baseUrl the API it was sent to
   * @param subject the webhook id (rotate) or name (create)
   * @param webhookName the webhook's name, for messages
   * @param startedAt when the marker was written
   * @param oldFingerprint for a rotation, the fingerprint of the secret before it
   * @param file where the marker is
   */
  public record Intent(
      Kind kind,
      String baseUrl,
      String subject,
      String webhookName,
      Instant startedAt,
      Optional<String> oldFingerprint,
      Path file) {

    /** Checks the parts. */
    public Intent {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(baseUrl, "baseUrl");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(webhookName, "webhookName");
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(oldFingerprint, "oldFingerprint");
      Objects.requireNonNull(file, "file");
    }
  }

  private final Path directory;
  private final OwnerOnlyFiles files;
  private final BuildLog log;
  private final Clock clock;

  private IntentJournal(Path directory, BuildLog log, Clock clock) {
    this.directory = directory;
    this.files = new OwnerOnlyFiles(log);
    this.log = log;
    this.clock = clock;
  }

  /**
   * A journal in a directory, created when the first marker is written.
   *
   * @param directory e.g. {@code target/featurebase/intents}
   * @param log where unreadable markers are reported
   * @return the journal
   */
  public static IntentJournal in(Path directory, BuildLog log) {
    return new IntentJournal(
        Objects.requireNonNull(directory, "directory"), log, Clock.systemUTC());
  }

  /** {@return a journal that records nothing and finds nothing: for callers without a build} */
  public static IntentJournal none() {
    return new IntentJournal(null, BuildLog.NONE, Clock.systemUTC());
  }

  /**
   * Records an intent, before its request is sent.
   *
   * @param kind what is about to happen
   * @param baseUrl the API it goes to
   * @param subject the webhook id (rotate) or name (create)
   * @param webhookName the webhook's name
   * @param oldFingerprint for a rotation, the fingerprint of the current secret
   * @return the intent, to {@link #clear} once the secret is handed out
   * @throws IOException when the marker cannot be written: then nothing must be sent
   */
  public Intent record(
      Kind kind, URI baseUrl, String subject, String webhookName, Optional<String> oldFingerprint)
      throws IOException {
    Path file = fileOf(kind, baseUrl.toString(), subject);
    Intent intent =
        new Intent(
            kind,
            baseUrl.toString(),
            subject,
            webhookName,
            clock.instant(),
            oldFingerprint,
            file == null ? Path.of("") : file);
    if (file == null) {
      return intent;
    }
    ObjectNode node = JsonMappers.json().createObjectNode();
    node.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
    node.put("baseUrl", intent.baseUrl());
    node.put("subject", subject);
    node.put("webhookName", webhookName);
    node.put("startedAt", intent.startedAt().toString());
    oldFingerprint.ifPresent(f -> node.put("oldFingerprint", f));
    files.write(
        file,
        JsonMappers.json()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(node)
            .getBytes(StandardCharsets.UTF_8));
    return intent;
  }

  /**
   * The unfinished intent of one webhook, left by an earlier run.
   *
   * @param kind rotate or create
   * @param baseUrl the API
   * @param subject the webhook id (rotate) or name (create)
   * @return the intent, if a marker exists and can be read
   */
  public Optional<Intent> find(Kind kind, URI baseUrl, String subject) {
    Path file = fileOf(kind, baseUrl.toString(), subject);
    return file == null || !Files.isRegularFile(file) ? Optional.empty() : read(file);
  }

  /**
   * Every unfinished intent of a kind for one API, left by earlier runs.
   *
   * @param kind rotate or create
   * @param baseUrl the API
   * @return the intents, in file name order
   */
  public List<Intent> findAll(Kind kind, URI baseUrl) {
    List<Intent> found = new ArrayList<>();
    if (directory == null || !Files.isDirectory(directory)) {
      return found;
    }
    String prefix = kind.name().toLowerCase(java.util.Locale.ROOT) + "-";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, prefix + "*.json")) {
      List<Path> sorted = new ArrayList<>();
      entries.forEach(sorted::add);
      sorted.sort(null);
      for (Path file : sorted) {
        read(file)
            .filter(i -> i.kind() == kind && i.baseUrl().equals(baseUrl.toString()))
            .ifPresent(found::add);
      }
    } catch (IOException e) {
      log.warn("Could not list the intent markers in " + directory + " (" + e.getMessage() + ").");
    }
    return found;
  }

  /**
   * Removes a marker: its change was seen through, or certainly did not happen.
   *
   * @param intent the intent
   */
  public void clear(Intent intent) {
    if (directory == null) {
      return;
    }
    try {
      Files.deleteIfExists(intent.file());
    } catch (IOException e) {
      log.warn(
          "Could not remove the intent marker "
              + intent.file()
              + " ("
              + e.getMessage()
              + "); delete it by hand, or the next run reports an interrupted change.");
    }
  }

  private Optional<Intent> read(Path file) {
    try {
      JsonNode node = JsonMappers.json().readTree(Files.readString(file, StandardCharsets.UTF_8));
      Kind kind = Kind.valueOf(node.path("kind").asText().toUpperCase(java.util.Locale.ROOT));
      return Optional.of(
          new Intent(
              kind,
              node.path("baseUrl").asText(),
              node.path("subject").asText(),
              node.path("webhookName").asText(),
              Instant.parse(node.path("startedAt").asText()),
              node.hasNonNull("oldFingerprint")
                  ? Optional.of(node.get("oldFingerprint").asText())
                  : Optional.empty(),
              file));
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Ignoring the unreadable intent marker "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "); delete it if no earlier run was interrupted.");
      return Optional.empty();
    }
  }

  private Path fileOf(Kind kind, String baseUrl, String subject) {
    if (directory == null) {
      return null;
    }
    return directory.resolve(
        kind.name().toLowerCase(java.util.Locale.ROOT)
            + "-"
            + sha256(baseUrl + "\n" + subject).substring(0, 24)
            + ".json");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
