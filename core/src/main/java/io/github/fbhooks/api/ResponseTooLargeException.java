package io.github.fbhooks.api;

import java.io.IOException;

/**
 * A successful answer whose body exceeds {@link BufferingClient#MAX_BODY_BYTES}: fbhooks stops
 * reading it rather than let a broken or hostile server exhaust the heap. {@link Failures} turns it
 * into a {@link MalformedResponseException}, whose outcome is unknown for a request that changes
 * something.
 */
final class ResponseTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String contentType;

  ResponseTooLargeException(int status, String contentType) {
    super("response body larger than " + BufferingClient.MAX_BODY_BYTES + " bytes", null);
    this.status = status;
    this.contentType = contentType;
  }

  /** {@return the HTTP status of the answer} */
  int status() {
    return status;
  }

  /** {@return its content type, or null} */
  String contentType() {
    return contentType;
  }
}
