package io.github.fbhooks.webhook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fbhooks recognises the twin an overlap rotation creates: it has the name, URL, topics, status
 * and request config of the webhook it replaces, and its description ends with a marker that names
 * that webhook's id: {@code [fbhooks overlap rotation of 65f1c2a9b8e4d7f0a1b2c3d4]}. The marker is
 * the only state of a rotation in progress, so every step can be resumed from the workspace alone,
 * on any machine. {@code complete-rotation} deletes the original and restores the twin's
 * description, after which it is an ordinary webhook.
 */
public final class RotationTwins {

  /** The marker's text before the id. */
  public static final String MARKER_START = "[fbhooks overlap rotation of ";

  private static final Pattern MARKER =
      Pattern.compile("(?:^|\\s)\\[fbhooks overlap rotation of ([0-9a-f]{24})\\]$");

  /** The longest description Featurebase takes (reference §2). */
  static final int MAX_DESCRIPTION = 500;

  private RotationTwins() {}

  /**
   * The id of the webhook a twin replaces.
   *
   * @param webhook a live webhook
   * @return the original's id, or empty when the webhook is no twin
   */
  public static Optional<String> originalOf(Webhook webhook) {
    String description = webhook.description();
    if (description == null) {
      return Optional.empty();
    }
    Matcher matcher = MARKER.matcher(description);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** {@return whether the webhook is the twin of an overlap rotation in progress} */
  public static boolean isTwin(Webhook webhook) {
    return originalOf(webhook).isPresent();
  }

  /**
   * The description of a twin: the original's, then the marker; the original's is shortened when
   * both would not fit in {@value #MAX_DESCRIPTION} characters.
   *
   * @param original the webhook the twin replaces
   * @return the twin's description
   */
  public static String twinDescription(Webhook original) {
    String marker = MARKER_START + original.id() + "]";
    String description = original.description() == null ? "" : original.description().strip();
    if (description.isEmpty()) {
      return marker;
    }
    int room = MAX_DESCRIPTION - marker.length() - 1;
    if (description.codePointCount(0, description.length()) > room) {
      description = description.substring(0, description.offsetByCodePoints(0, room)).strip();
    }
    return description + " " + marker;
  }

  /**
   * What a twin's description was before the marker: the original's description, unless it had to
   * be shortened. Used when the original is gone and cannot be asked.
   *
   * @param twin a twin
   * @return the description without the marker; null when nothing else was there
   */
  public static String withoutMarker(Webhook twin) {
    String description = twin.description() == null ? "" : twin.description();
    Matcher matcher = MARKER.matcher(description);
    String rest = matcher.find() ? description.substring(0, matcher.start()).strip() : description;
    return rest.isEmpty() ? null : rest;
  }
}
