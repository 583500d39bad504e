package io.github.fbhooks.rotate;

import io.github.fbhooks.words.WordedException;

/**
 * The selected webhook does not exist, is ambiguous, or the selection itself is malformed: the user
 * must change the selection.
 */
public final class WebhookSelectionException extends WordedException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong and how to select the webhook instead
   */
  public WebhookSelectionException(String message) {
    super(message, null);
  }
}
