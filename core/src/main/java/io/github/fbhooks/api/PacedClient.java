package io.github.fbhooks.api;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Optional;

/** Sends each request, retries included, within the client's {@link RateBudget}. */
final class PacedClient implements Client {

  private final Client delegate;
  private final RateBudget budget;

  PacedClient(Client delegate, RateBudget budget) {
    this.delegate = delegate;
    this.budget = budget;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    budget.acquire();
    Response response = null;
    try {
      response = delegate.execute(request, options);
      return response;
    } finally {
      budget.release(
          header(response, "X-RateLimit-Remaining"), header(response, "X-RateLimit-Reset"));
    }
  }

  private static Optional<String> header(Response response, String name) {
    return response == null ? Optional.empty() : Responses.header(response, name);
  }
}
