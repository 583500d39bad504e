package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.ApiVersion;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Everything under {@code /v2}, in the order Featurebase applies it: authentication, the rate
 * limit, the version header, routing, then the operation. Every answer after authentication carries
 * the rate-limit headers.
 */
final class V2Api {

  static final String PREFIX = "/v2";

  private final Authenticator authenticator;
  private final RateLimiter rateLimiter;
  private final VersionCheck versions;
  private final Workspaces workspaces;
  private final Duration latency;

  V2Api(
      Authenticator authenticator,
      RateLimiter rateLimiter,
      VersionCheck versions,
      Workspaces workspaces,
      Duration latency) {
    this.authenticator = authenticator;
    this.rateLimiter = rateLimiter;
    this.versions = versions;
    this.workspaces = workspaces;
    this.latency = latency;
  }

  /** {@return the answer to any request outside the admin API} */
  Response handle(ApiRequest request) {
    waitLatency();
    if (!request.path().equals(PREFIX) && !request.path().startsWith(PREFIX + "/")) {
      return Response.error(
          ApiException.notFound("not_found", "No such endpoint: " + request.path()));
    }
    String apiKey;
    try {
      apiKey = authenticator.authenticate(request.headerValues("Authorization"));
    } catch (ApiException e) {
      return Response.error(e);
    }
    RateLimiter.Decision decision = rateLimiter.acquire(apiKey);
    if (!decision.allowed()) {
      return Response.error(
              new ApiException(
                  429,
                  "rate_limit_exceeded",
                  "Too many requests: at most "
                      + decision.limit()
                      + " per minute per API key; retry after "
                      + decision.retryAfterSeconds()
                      + " s",
                  null))
          .withHeaders(decision.headers());
    }
    Response response;
    try {
      response = route(request, workspaces.forKey(apiKey));
    } catch (ApiException e) {
      response = Response.error(e);
    }
    return response.withHeaders(decision.headers());
  }

  /** The injected latency, a slow network or server; an interrupt (closing) cuts it short. */
  private void waitLatency() {
    if (latency.isZero()) {
      return;
    }
    try {
      Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Response route(ApiRequest request, WebhookEndpoints endpoints) {
    ApiVersion version = versions.resolve(request.header(Contract.VERSION_HEADER));
    List<String> segments = segments(request.path());
    if (segments.isEmpty() || !segments.get(0).equals("webhooks") || segments.size() > 3) {
      throw notFound(request);
    }
    versions.requireWebhooks(version);
    String method = request.method();
    if (segments.size() == 1) {
      switch (method) {
        case "GET":
          return endpoints.list(request);
        case "POST":
          rejectQuery(request);
          return endpoints.create(request);
        default:
          throw ApiException.methodNotAllowed(method, "GET, POST");
      }
    }
    String id = segments.get(1);
    if (segments.size() == 2) {
      switch (method) {
        case "GET":
          rejectQuery(request);
          return endpoints.get(request, id);
        case "PATCH":
          rejectQuery(request);
          return endpoints.update(request, id);
        case "DELETE":
          rejectQuery(request);
          return endpoints.delete(request, id);
        default:
          throw ApiException.methodNotAllowed(method, "GET, PATCH, DELETE");
      }
    }
    if (!segments.get(2).equals("secret")) {
      throw notFound(request);
    }
    if (!method.equals("POST")) {
      throw ApiException.methodNotAllowed(method, "POST");
    }
    rejectQuery(request);
    return endpoints.rotateSecret(request, id);
  }

  /** {@return the path segments after /v2; one trailing slash is ignored} */
  private static List<String> segments(String path) {
    String rest = path.substring(PREFIX.length());
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    if (rest.isEmpty()) {
      return List.of();
    }
    List<String> segments = Arrays.asList(rest.substring(1).split("/", -1));
    return segments.contains("") ? List.of("") : segments;
  }

  private static void rejectQuery(ApiRequest request) {
    Optional<String> first = request.queryParameters().keySet().stream().findFirst();
    if (first.isPresent()) {
      throw ApiException.badRequest(
          Problem.NOT_SUPPORTED, "unknown query parameter \"" + first.get() + "\"", first.get());
    }
  }

  private static ApiException notFound(ApiRequest request) {
    return ApiException.notFound("not_found", "No such endpoint: " + request.path());
  }
}
