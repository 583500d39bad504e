package io.github.fbhooks.webhook;

import java.util.regex.Pattern;

/** Rules for webhook ids: 24 lowercase hex characters (a MongoDB ObjectId). */
public final class WebhookId {

  private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{24}");

  private WebhookId() {}

  /**
   * Whether the text is a well-formed webhook id.
   *
   * @param id the candidate, may be null
   * @return true for 24 lowercase hex characters
   */
  public static boolean isValid(String id) {
    return id != null && FORMAT.matcher(id).matches();
  }
}
