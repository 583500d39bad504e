package io.github.fbhooks.api;

import io.github.fbhooks.webhook.ApiError;
import io.github.fbhooks.webhook.ApiVersion;
import io.github.fbhooks.words.Setting;
import io.github.fbhooks.words.Words;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The failures of error statuses: a typed {@link FeaturebaseApiException} per status, with a
 * message that says what Featurebase refused, why where it said so (scrubbed), and what to change.
 */
final class StatusFailures {

  private final ClientSettings settings;

  StatusFailures(ClientSettings settings) {
    this.settings = settings;
  }

  /**
   * The exception of an error status whose body holds no message fbhooks can read.
   *
   * @param request where
   * @param status the HTTP status, 400 or more
   * @param envelope the parsed error, or empty when the body was not an error envelope
   * @param contentType the response content type, or null
   * @param bodyLength the body length in bytes
   * @param retryAt when Featurebase asked for a retry, if it did
   * @return the typed exception
   */
  FeaturebaseApiException apiError(
      RequestInfo request,
      int status,
      Optional<ApiError> envelope,
      String contentType,
      int bodyLength,
      Optional<Instant> retryAt) {
    return apiError(request, status, envelope, Optional.empty(), contentType, bodyLength, retryAt);
  }

  /**
   * The exception of an error status.
   *
   * @param request where
   * @param status the HTTP status, 400 or more
   * @param envelope the parsed error, or empty when the body was not an error envelope
   * @param topMessage the top-level {@code message} of a JSON body outside the envelope, if any
   * @param contentType the response content type, or null
   * @param bodyLength the body length in bytes
   * @param retryAt when Featurebase asked for a retry, if it did
   * @return the typed exception, typed by the status whatever the body
   */
  FeaturebaseApiException apiError(
      RequestInfo request,
      int status,
      Optional<ApiError> envelope,
      Optional<String> topMessage,
      String contentType,
      int bodyLength,
      Optional<Instant> retryAt) {
    String code =
        envelope
            .map(ApiError::code)
            .filter(c -> !c.isBlank())
            .map(this::scrub)
            .orElse(FeaturebaseApiException.UNPARSEABLE_ERROR_BODY);
    // a message outside the envelope gets the envelope's treatment: scrubbed, one line, cut
    String apiMessage =
        envelope.map(ApiError::message).or(() -> topMessage).map(this::scrub).orElse("");
    Optional<String> param =
        envelope.map(ApiError::param).filter(p -> !p.isBlank()).map(this::scrub);
    List<ApiError.Detail> details =
        envelope.map(ApiError::details).orElse(List.of()).stream()
            .map(d -> new ApiError.Detail(scrub(d.path()), scrub(d.message())))
            .toList();
    String answer =
        envelope.isPresent()
            ? status
                + " "
                + code
                + param.map(p -> ", param '" + p + "'").orElse("")
                + (apiMessage.isEmpty() ? "" : ": " + apiMessage)
            : !apiMessage.isEmpty()
                ? status + ", outside the error envelope: " + apiMessage
                : status
                    + ", body not a Featurebase error: "
                    + AnswerFailures.describeBody(contentType, bodyLength);
    String message =
        apiMessage(request, status, code, apiMessage, answer, details, retryAt)
            .replaceAll("\\s+$", "");
    return FeaturebaseApiException.of(
        new ApiFailure(request, status, code, apiMessage, param, details, retryAt, message, 1, ""));
  }

  private String apiMessage(
      RequestInfo request,
      int status,
      String code,
      String serverMessage,
      String answer,
      List<ApiError.Detail> details,
      Optional<Instant> retryAt) {
    String where = request.operation();
    if (status >= 500) {
      boolean temporary = status == 500 || status == 502 || status == 503 || status == 504;
      return "Featurebase failed on "
          + where
          + " ("
          + answer
          + "). "
          + (temporary
              ? "This is usually temporary: run again in a few minutes."
              : "Run again later; if it persists, report it to Featurebase.")
          + " "
          + Hints.unknownOutcome(request);
    }
    return switch (status) {
      case 401 ->
          "Featurebase rejected the API key ("
              + answer
              + ") for "
              + where
              + ". Check "
              + Hints.apiKey(settings)
              + ": it must be a current secret key (sk_...) of the workspace; the key sent has"
              + " fingerprint "
              + settings.apiKey().fingerprint()
              + ".";
      case 403 ->
          "Featurebase refused "
              + where
              + " ("
              + answer
              + "): the API key is valid but may not do this. Webhooks need a Growth plan or"
              + " higher, and the key must belong to the workspace that owns the webhooks: check"
              + " the workspace's plan, and that "
              + Hints.apiKey(settings)
              + " is a key of that workspace (the key sent has fingerprint "
              + settings.apiKey().fingerprint()
              + ").";
      case 404 -> notFoundMessage(request, code, answer);
      case 429 ->
          "Featurebase rate-limited "
              + where
              + " ("
              + answer
              + "). "
              + retryAt.map(t -> "Retry after " + t + ".").orElse("Retry in a minute.")
              + " Featurebase allows 2,000 requests per minute per API key and 3,000 per"
              + " workspace; space out the runs that share the key.";
      default ->
          request.isCreate() && ApiAssumptions.isWebhookLimitReached(code, serverMessage)
              ? webhookLimitMessage(answer)
              : "Featurebase refused "
                  + where
                  + " as invalid ("
                  + answer
                  + ")."
                  + describeDetails(details)
                  + " Fix the request (the webhook definition or the id) and run again.";
    };
  }

  private static String webhookLimitMessage(String answer) {
    return "Featurebase did not create the webhook: the workspace holds as many webhooks as its"
        + " plan allows ("
        + answer
        + "). The limit is "
        + ApiAssumptions.DEFAULT_MAX_WEBHOOKS
        + " per workspace by default and higher on some plans. Delete webhooks the workspace no"
        + " longer needs, move some to another workspace, or ask Featurebase to raise the limit;"
        + " then run again.";
  }

  private String notFoundMessage(RequestInfo request, String code, String answer) {
    String where = request.operation();
    if (code.equals(NotFoundException.WEBHOOK_NOT_FOUND)) {
      return "Featurebase has no webhook "
          + request.webhookId().orElse("with that id")
          + " ("
          + answer
          + ") for "
          + where
          + ". It may have been deleted outside fbhooks: list the webhooks to see which exist.";
    }
    if (code.equals(ApiAssumptions.VERSION_NOT_SUPPORTED)) {
      return "Featurebase does not serve "
          + where
          + " in API version "
          + settings.apiVersion()
          + " ("
          + answer
          + "). Use "
          + ApiVersion.NOVA
          + " or later ("
          + Words.setting(Setting.API_VERSION, ApiVersion.NOVA.toString())
          + ").";
    }
    return "Featurebase answered "
        + where
        + " with 404 ("
        + answer
        + "). Check "
        + Words.setting(Setting.BASE_URL)
        + " ("
        + settings.baseUrl()
        + "): it must be the API root, e.g. "
        + ClientSettings.DEFAULT_BASE_URL
        + ", under which the webhook paths start with /v2/webhooks.";
  }

  private static String describeDetails(List<ApiError.Detail> details) {
    if (details.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" Details: ");
    for (int i = 0; i < details.size(); i++) {
      ApiError.Detail detail = details.get(i);
      text.append(i == 0 ? "" : "; ").append(detail.path()).append(": ").append(detail.message());
    }
    return text.append('.').toString();
  }

  private String scrub(String text) {
    return Redaction.scrub(text, settings);
  }
}
