package io.github.fbhooks.api;

import static io.github.fbhooks.api.Fixtures.API_KEY;
import static io.github.fbhooks.api.Fixtures.ID;
import static io.github.fbhooks.api.Fixtures.WEBHOOK_SECRET;
import static io.github.fbhooks.api.Fixtures.errorJson;
import static io.github.fbhooks.api.Fixtures.webhookJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fbhooks.api.Fixtures.RecordingSleeper;
import io.github.fbhooks.api.StubServer.Reply;
import io.github.fbhooks.log.BuildLog;
import io.github.fbhooks.secret.Secret;
import io.github.fbhooks.webhook.ApiError;
import io.github.fbhooks.webhook.WebhookCreate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

  private final StubServer stub = StubServer.start();
  private final FeaturebaseClient client =
      Fixtures.client(
          Fixtures.settings(stub.baseUrl()).toBuilder().retryPolicy(RetryPolicy.none()).build(),
          BuildLog.NONE,
          new RecordingSleeper());

  @AfterEach
  void stop() {
    stub.close();
  }

  private static void assertNoSecrets(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(API_KEY)
          .doesNotContain(WEBHOOK_SECRET)
          .doesNotContain("whsec_")
          .doesNotContain("sk_test");
      assertThat(t.toString()).doesNotContain(API_KEY).doesNotContain(WEBHOOK_SECRET);
    }
  }

  @Test
  void unauthorizedNamesWhereTheKeyComesFrom() {
    stub.enqueue(
        Reply.json(
            401, errorJson(401, "authentication_error", "invalid_api_key", "Invalid API key")));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> client.list(null, null, null));

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.code()).isEqualTo("invalid_api_key");
    assertThat(e.apiMessage()).isEqualTo("Invalid API key");
    assertThat(e.operation()).isEqualTo("GET /v2/webhooks");
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e.isTransient()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e)
        .hasMessageContaining("401 invalid_api_key: Invalid API key")
        .hasMessageContaining("GET /v2/webhooks")
        .hasMessageContaining("Check the API key: it must be a current secret key")
        .hasMessageContaining(Secret.of(API_KEY).fingerprint())
        .as("settings that do not say where the key came from name no source")
        .hasMessageNotContaining("settings.xml")
        .hasMessageNotContaining("FEATUREBASE_API_KEY");
    assertNoSecrets(e);
  }

  @Test
  void unauthorizedOnARequestWithABodyIsStillAnAuthenticationFailure() {
    // HttpURLConnection drops the body of a 401 to a streamed request: the status must suffice
    stub.enqueue(
        Reply.json(
            401, errorJson(401, "authentication_error", "invalid_api_key", "Invalid API key")));

    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class,
            () ->
                client.create(
                    new WebhookCreate("n", "https://x", List.of("post.created"), null, null)));

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.operation()).isEqualTo("POST /v2/webhooks");
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e).hasMessageContaining("Check the API key: it must be a current secret key");
    assertThat(stub.requests()).hasSize(1);
    assertNoSecrets(e);
  }

  @Test
  void aServerChallengeNeverReachesTheJvmDefaultAuthenticator() {
    // a hostile server asks for Basic credentials: the JVM's default authenticator (an
    // application's, say) must not be asked, nor anything sent but the API key
    List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.net.Authenticator.setDefault(
        new java.net.Authenticator() {
          @Override
          protected java.net.PasswordAuthentication getPasswordAuthentication() {
            asked.add(getRequestingHost());
            return new java.net.PasswordAuthentication("app-user", "app-pass".toCharArray());
          }
        });
    try {
      stub.enqueue(
          Reply.json(401, errorJson(401, "authentication_error", "invalid_api_key", "No"))
              .withHeader("WWW-Authenticate", "Basic realm=\"featurebase\""));

      catchThrowableOfType(AuthenticationException.class, () -> client.list(null, null, null));
    } finally {
      java.net.Authenticator.setDefault(null);
    }

    assertThat(asked).isEmpty();
    assertThat(stub.requests()).hasSize(1);
    assertThat(stub.onlyRequest().headers().get("Authorization"))
        .containsExactly("Bearer " + API_KEY);
  }

  @Test
  void unauthorizedNamesTheSourceTheSettingsGive() {
    stub.enqueue(
        Reply.json(
            401, errorJson(401, "authentication_error", "invalid_api_key", "Invalid API key")));
    FeaturebaseClient fromServer =
        Fixtures.client(
            Fixtures.settings(stub.baseUrl()).toBuilder()
                .retryPolicy(RetryPolicy.none())
                .apiKeySource("settings.xml server 'featurebase-prod'")
                .build(),
            BuildLog.NONE,
            new RecordingSleeper());

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, fromServer::listAll);

    assertThat(e)
        .hasMessageContaining(
            "Check the API key from settings.xml server 'featurebase-prod': it must be")
        .hasMessageNotContaining("'featurebase' ")
        .hasMessageNotContaining("FEATUREBASE_API_KEY");
    assertNoSecrets(e);
  }

  @Test
  void forbiddenHintsAtThePlanAndTheWorkspace() {
    stub.enqueue(
        Reply.json(403, errorJson(403, "authorization_error", "forbidden", "Plan too low")));

    AuthorizationException e =
        catchThrowableOfType(AuthorizationException.class, () -> client.get(ID));

    assertThat(e.status()).isEqualTo(403);
    assertThat(e).hasMessageContaining("GET /v2/webhooks/{id}");
    assertThat(e).hasMessageContaining("Growth plan").hasMessageContaining("workspace");
    assertThat(e)
        .as("says what to check")
        .hasMessageContaining("check the workspace's plan")
        .hasMessageContaining("and that the API key is a key of that workspace")
        .hasMessageContaining("fingerprint sha256:");
  }

  @Test
  void unknownWebhookIsANotFoundNamingTheId() {
    stub.enqueue(
        Reply.json(
            404,
            errorJson(404, "invalid_request_error", "webhook_not_found", "Webhook not found")));

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.refreshSecret(ID));

    assertThat(e.isWebhookNotFound()).isTrue();
    assertThat(e.isVersionNotSupported()).isFalse();
    assertThat(e.operation()).isEqualTo("POST /v2/webhooks/{id}/secret");
    assertThat(e)
        .hasMessageContaining("no webhook " + ID)
        .hasMessageContaining("POST /v2/webhooks/{id}/secret")
        .hasMessageContaining("list the webhooks");
  }

  @Test
  void versionNotSupportedIsTellsWhichVersionToUse() {
    stub.enqueue(
        Reply.json(
            404,
            errorJson(
                404, "invalid_request_error", "version_not_supported", "Version not supported")));

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.list(null, null, null));

    assertThat(e.isVersionNotSupported()).isTrue();
    assertThat(e)
        .hasMessageContaining("API version 2026-01-01.nova")
        .hasMessageContaining("(apiVersion=2026-01-01.nova)");
  }

  @Test
  void aHtml404PointsAtTheBaseUrl() {
    stub.enqueue(Reply.of(404, "text/html", "<html>Not Found</html>"));

    NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.get(ID));

    assertThat(e.code()).isEqualTo(FeaturebaseApiException.UNPARSEABLE_ERROR_BODY);
    assertThat(e.apiMessage()).isEmpty();
    assertThat(e)
        .hasMessageContaining("text/html, 22 bytes")
        .hasMessageContaining("Check the baseUrl setting (" + stub.baseUrl() + ")")
        .hasMessageNotContaining("<html>");
  }

  @Test
  void aBare401MessageOutsideTheEnvelopeIsShown() {
    // reported live (reference §4): no envelope, only a top-level message
    stub.enqueue(Reply.json(401, "{\"success\":false,\"message\":\"Invalid API Key\"}"));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> client.list(null, null, null));

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.code()).isEqualTo(FeaturebaseApiException.UNPARSEABLE_ERROR_BODY);
    assertThat(e.apiMessage()).isEqualTo("Invalid API Key");
    assertThat(e)
        .hasMessageContaining("401, outside the error envelope: Invalid API Key")
        .hasMessageContaining("Check the API key")
        .hasMessageNotContaining("success");
  }

  @Test
  void aBare400MessageIsShownScrubbedLikeAnEnvelopeMessage() {
    stub.enqueue(
        Reply.json(
            400,
            "{\"code\":400,\"message\":\"Validation error: url is invalid;\\n key "
                + API_KEY
                + " secret "
                + WEBHOOK_SECRET
                + "\"}"));

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client.create(
                    new WebhookCreate("n", "https://x", List.of("post.created"), null, null)));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.apiMessage())
        .isEqualTo("Validation error: url is invalid; key [redacted] secret [redacted]");
    assertThat(e)
        .hasMessageContaining("POST /v2/webhooks as invalid (400, outside the error envelope:")
        .hasMessageContaining("Validation error: url is invalid;");
    assertNoSecrets(e);
  }

  @Test
  void noErrorBodyFailsToDecode() {
    List<String> bodies =
        List.of(
            "[]",
            "\"text\"",
            "null",
            "42",
            "{}",
            "{\"message\":{\"nested\":1}}",
            "{\"message\":null}",
            "{\"message\":\"   \"}",
            "{\"error\":\"just a string\"}",
            "{\"error\":{\"code\":{},\"message\":1}}",
            "{\"error\":{\"code\":\"x\",\"status\":\"not a number\"}}",
            "{\"error\":null,\"message\":\"fallback\"}",
            "{\"message\":12}",
            "{\"truncated\":",
            "\u0000\u0001");
    for (String body : bodies) {
      stub.enqueue(Reply.of(400, "application/json", body));

      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> client.get(ID));

      assertThat(thrown).as(body).isInstanceOf(InvalidRequestException.class);
      InvalidRequestException e = (InvalidRequestException) thrown;
      assertThat(e.status()).as(body).isEqualTo(400);
      assertThat(e.getMessage()).as(body).contains("GET /v2/webhooks/{id}");
    }
  }

  @Test
  void validationErrorsListCodeParamAndDetails() {
    stub.enqueue(
        Reply.json(
            400,
            """
            {"error":{"type":"invalid_request_error","code":"invalid_parameter",
             "message":"Invalid webhook","status":400,"param":"topics",
             "details":[{"path":"topics[0]","message":"Invalid enum value"},
                        {"path":"url","message":"Must be https"}],
             "futureField":1}}
            """));

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client.create(
                    new WebhookCreate("n", "http://x", List.of("post.upvoted"), null, null)));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.code()).isEqualTo("invalid_parameter");
    assertThat(e.param()).contains("topics");
    assertThat(e.details())
        .containsExactly(
            new ApiError.Detail("topics[0]", "Invalid enum value"),
            new ApiError.Detail("url", "Must be https"));
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e)
        .hasMessageContaining("POST /v2/webhooks")
        .hasMessageContaining("400 invalid_parameter, param 'topics': Invalid webhook")
        .hasMessageContaining("topics[0]: Invalid enum value; url: Must be https");
  }

  @Test
  void aCreatePastTheWebhookLimitSaysItDidNotHappenAndWhy() {
    stub.enqueue(
        Reply.json(
            400,
            errorJson(
                400,
                "invalid_request_error",
                "invalid_request",
                "Maximum number of webhooks reached for this organization")));

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client.create(
                    new WebhookCreate("n", "https://x", List.of("post.created"), null, null)));

    assertThat(e.isWebhookLimitReached()).isTrue();
    assertThat(e)
        .hasMessageStartingWith(
            "Featurebase did not create the webhook: the workspace holds as many webhooks as its"
                + " plan allows (400 invalid_request: Maximum number of webhooks reached for this"
                + " organization).")
        .hasMessageContaining("10 per workspace by default and higher on some plans");
  }

  @Test
  void anotherInvalidRequestOnCreateIsNotTheLimit() {
    stub.enqueue(
        Reply.json(
            400, errorJson(400, "invalid_request_error", "invalid_request", "Body is not JSON")));

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                client.create(
                    new WebhookCreate("n", "https://x", List.of("post.created"), null, null)));

    assertThat(e.isWebhookLimitReached()).isFalse();
    assertThat(e)
        .hasMessageContaining("refused POST /v2/webhooks as invalid")
        .hasMessageNotContaining("by default");
  }

  @Test
  void otherClientErrorsAreInvalidRequests() {
    stub.enqueue(Reply.json(410, errorJson(410, "invalid_request_error", "gone", "Gone")));
    stub.enqueue(Reply.of(422, null, ""));

    assertThat(catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID)).status())
        .isEqualTo(410);
    InvalidRequestException noBody =
        catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID));
    assertThat(noBody.status()).isEqualTo(422);
    assertThat(noBody).hasMessageContaining("no content type, 0 bytes");
  }

  @Test
  void serverErrorsAreTransientWithUnknownOutcome() {
    stub.enqueue(
        Reply.json(500, errorJson(500, "api_error", "database_error", "Database unavailable")));

    ServerErrorException e =
        catchThrowableOfType(
            ServerErrorException.class,
            () ->
                client.create(
                    new WebhookCreate("n", "https://x", List.of("post.created"), null, null)));

    assertThat(e.status()).isEqualTo(500);
    assertThat(e.code()).isEqualTo("database_error");
    assertThat(e.isTransient()).isTrue();
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e).hasMessageContaining("look for it by name");
  }

  @Test
  void aHtml502FromAProxyIsAServerErrorWithoutItsBody() {
    String page = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(100) + "</body></html>";
    stub.enqueue(Reply.of(502, "text/html; charset=utf-8", page));

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> client.get(ID));

    assertThat(e.status()).isEqualTo(502);
    assertThat(e.code()).isEqualTo(FeaturebaseApiException.UNPARSEABLE_ERROR_BODY);
    assertThat(e.isTransient()).isTrue();
    assertThat(e)
        .hasMessageContaining(
            "502, body not a Featurebase error: text/html; charset=utf-8, "
                + page.length()
                + " bytes")
        .hasMessageNotContaining("Bad Gateway")
        .hasMessageNotContaining("<");
  }

  @Test
  void notImplementedIsNotTransient() {
    stub.enqueue(Reply.json(501, errorJson(501, "api_error", "not_implemented", "No")));

    assertThat(catchThrowableOfType(ServerErrorException.class, () -> client.get(ID)).isTransient())
        .isFalse();
  }

  @Test
  void malformedJsonIn200IsAMalformedResponseWithoutTheBody() {
    String truncated = webhookJson(ID, "a").substring(0, 120);
    stub.enqueue(Reply.json(200, truncated));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.get(ID));

    assertThat(e.status()).isEqualTo(200);
    assertThat(e.contentType()).contains("application/json");
    assertThat(e.bodyLength()).isEqualTo(120);
    assertThat(e.problem()).startsWith("malformed or truncated JSON at line");
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.isTransient()).isFalse();
    assertThat(e).hasMessageContaining("GET /v2/webhooks/{id}").hasMessageContaining("120 bytes");
    assertThat(e.getCause()).isNull();
    assertNoSecrets(e);
  }

  @Test
  void anHtmlPageWith200IsNotReadAsJson() {
    stub.enqueue(Reply.of(200, "text/html", "<html>Please log in to the Wi-Fi</html>"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.list(null, null, null));

    assertThat(e.problem()).isEqualTo("not JSON");
    assertThat(e).hasMessageContaining("captive portal").hasMessageNotContaining("Wi-Fi");
  }

  @Test
  void aValueThatIsNoObjectIsNamedByItsKindNeverItsValue() {
    stub.enqueue(
        Reply.json(200, "null"),
        Reply.json(200, "\"whsec_leaked\""),
        Reply.json(200, "true"),
        Reply.json(200, "42"));

    for (String kind : List.of("a JSON null", "a JSON string", "a JSON boolean", "a JSON number")) {
      MalformedResponseException e =
          catchThrowableOfType(MalformedResponseException.class, () -> client.get(ID));
      assertThat(e.problem())
          .isEqualTo("JSON of the wrong shape (expected a webhook, got " + kind + ")");
      assertThat(e).hasMessageNotContaining("whsec_leaked");
    }
  }

  @Test
  void jsonOfTheWrongShapeIsMalformed() {
    stub.enqueue(
        Reply.json(200, "[1,2]"),
        Reply.json(200, "{\"object\":\"list\",\"data\":[]}"),
        Reply.json(200, "{\"object\":\"webhook\",\"secret\":\"" + WEBHOOK_SECRET + "\"}"),
        Reply.json(
            200, "{\"object\":\"list\",\"data\":[{\"id\":\"" + ID + "\",\"topics\":\"oops\"}]}"),
        Reply.json(200, ""));

    assertThat(catchThrowableOfType(MalformedResponseException.class, () -> client.get(ID)))
        .hasMessageContaining("expected a webhook, got a JSON array");
    assertThat(catchThrowableOfType(MalformedResponseException.class, () -> client.get(ID)))
        .hasMessageContaining("expected a webhook, got object 'list'");
    MalformedResponseException noId =
        catchThrowableOfType(MalformedResponseException.class, () -> client.get(ID));
    assertThat(noId).hasMessageContaining("without 'id'");
    assertNoSecrets(noId);
    assertThat(
            catchThrowableOfType(
                MalformedResponseException.class, () -> client.list(null, null, null)))
        .hasMessageContaining("wrong shape for a list of webhooks at 'data[0].topics'");
    assertThat(
            catchThrowableOfType(MalformedResponseException.class, () -> client.delete(ID))
                .problem())
        .isEqualTo("an empty body");
  }

  @Test
  void redirectsAreNotFollowed() {
    stub.enqueue(
        Reply.of(301, "text/html", "moved")
            .withHeader("Location", "https://evil.example/v2/webhooks?token=abc"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.list(null, null, null));

    assertThat(e.status()).isEqualTo(301);
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e)
        .hasMessageContaining("redirecting to https://evil.example")
        .hasMessageNotContaining("token=abc")
        .hasMessageContaining("does not follow redirects");
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void secretsEchoedInAnErrorMessageAreScrubbed() {
    stub.enqueue(
        Reply.json(
            400,
            errorJson(
                400,
                "invalid_request_error",
                "invalid_parameter",
                "bad header value " + WEBHOOK_SECRET + " with key " + API_KEY)));

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID));

    assertThat(e.apiMessage()).isEqualTo("bad header value [redacted] with key [redacted]");
    assertNoSecrets(e);
  }

  @Test
  void sensitiveHeaderValuesEchoedByTheServerAreScrubbedWhateverTheirShape() {
    String token = "rt-plain-looking-token-77";
    FeaturebaseClient scrubbing =
        Fixtures.client(
            Fixtures.settings(stub.baseUrl()).toBuilder()
                .retryPolicy(RetryPolicy.none())
                .sensitiveValues(List.of(Secret.of(token)))
                .build(),
            BuildLog.NONE,
            new RecordingSleeper());
    stub.enqueue(
        Reply.json(
            400,
            errorJson(
                400,
                "invalid_request_error",
                "invalid_parameter",
                "header X-Receiver-Token: value '" + token + "' is too long")));

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> scrubbing.get(ID));

    assertThat(e.apiMessage()).isEqualTo("header X-Receiver-Token: value '[redacted]' is too long");
    assertThat(e).hasMessageNotContaining(token);
  }

  @Test
  void serverTextCannotForgeLogLines() {
    stub.enqueue(
        Reply.json(
            400,
            errorJson(
                400,
                "invalid_request_error",
                "invalid_parameter",
                "bad\\u001b[2K\\r[INFO] BUILD SUCCESS \\u202Egnp.exe")));

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> client.get(ID));

    assertThat(e.getMessage())
        .doesNotContain("\u001b")
        .doesNotContain("\r")
        .doesNotContain("\u202E")
        .contains("bad\\u001B[2K [INFO] BUILD SUCCESS \\u202Egnp.exe");
  }

  @Test
  void proxyAuthenticationRequiredIsATransportFailureThatWasNotSent() {
    stub.enqueue(Reply.of(407, "text/plain", "auth"));

    TransportException e = catchThrowableOfType(TransportException.class, () -> client.get(ID));

    assertThat(e.reason()).isEqualTo(TransportException.Reason.PROXY_AUTHENTICATION);
    assertThat(e.connectFailed()).isTrue();
    assertThat(e.outcomeUnknown()).isFalse();
    assertThat(e).hasMessageContaining("jdk.http.auth.tunneling.disabledSchemes");
  }
}
