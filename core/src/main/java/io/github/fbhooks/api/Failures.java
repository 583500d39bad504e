package io.github.fbhooks.api;

import feign.Request;
import feign.RetryableException;
import java.io.IOException;

/**
 * Where every {@link FeaturebaseException} of the client comes from: routes failures to the retryer
 * and unwraps them, and holds the three kinds of failure, each built with its message (what
 * happened, where, what to do): error statuses ({@link StatusFailures}), exchanges without a usable
 * answer ({@link TransportFailures}) and answers fbhooks cannot read ({@link AnswerFailures}).
 * Messages never quote a response body and scrub the text Featurebase sends back.
 */
final class Failures {

  private final StatusFailures statuses;
  private final TransportFailures transport;
  private final AnswerFailures answers;

  Failures(ClientSettings settings) {
    this.answers = new AnswerFailures(settings);
    this.statuses = new StatusFailures(settings);
    this.transport = new TransportFailures(settings, statuses, answers);
  }

  /** {@return the failures of error statuses} */
  StatusFailures statuses() {
    return statuses;
  }

  /** {@return the failures of exchanges without a usable answer} */
  TransportFailures transport() {
    return transport;
  }

  /** {@return the failures of answers fbhooks cannot read} */
  AnswerFailures answers() {
    return answers;
  }

  /**
   * Hands a failure to Feign so that it reaches the {@link FeaturebaseRetryer}, the one place that
   * decides about retries; the retryer throws the failure itself when it gives up.
   *
   * @param failure the typed failure
   * @param request the request that failed
   * @return Feign's signal to consult the retryer
   */
  static RetryableException route(FeaturebaseException failure, Request request) {
    int status = failure instanceof FeaturebaseApiException api ? api.status() : -1;
    return new RetryableException(
        status, "fbhooks: see the cause", request.httpMethod(), failure, (Long) null, request);
  }

  /**
   * The typed failure behind a {@link RetryableException}: a failure routed by {@link #route}, or
   * an {@link IOException} that Feign caught around the HTTP call.
   *
   * @param e what Feign threw
   * @return the typed failure
   */
  FeaturebaseException unwrap(RetryableException e) {
    RequestInfo request = RequestInfo.of(e.request());
    Throwable cause = e.getCause();
    if (cause instanceof FeaturebaseException failure) {
      return failure;
    }
    if (cause instanceof IOException io) {
      return transport.of(request, io);
    }
    return transport.of(request, new IOException("unexpected failure", cause));
  }
}
