package io.github.fbhooks.api;

/**
 * 5xx: Featurebase (or a gateway in front of it) failed. 500, and the undocumented 502, 503 and
 * 504, are transient. The request may have been processed before the failure, so the outcome is
 * unknown: a create or a secret refresh is never repeated automatically after one.
 */
public final class ServerErrorException extends FeaturebaseApiException {

  ServerErrorException(ApiFailure failure) {
    super(failure);
  }

  /** {@return true: the server may have done the work before failing} */
  @Override
  public boolean outcomeUnknown() {
    return true;
  }

  /** {@return true for 500, 502, 503 and 504} */
  @Override
  public boolean isTransient() {
    int status = status();
    return status == 500 || status == 502 || status == 503 || status == 504;
  }
}
