package io.github.fbhooks.emulator;

import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookId;
import io.github.fbhooks.webhook.WebhookPage;

/** The six webhook operations, once the request is authenticated, counted and routed. */
final class WebhookEndpoints {

  private final WebhookStore store;
  private final UnknownFields unknownFields;

  /**
   * @param store the workspace's webhooks
   * @param unknownFields what create and update body fields the schema lacks get
   */
  WebhookEndpoints(WebhookStore store, UnknownFields unknownFields) {
    this.store = store;
    this.unknownFields = unknownFields;
  }

  /** {@code GET /v2/webhooks}. */
  Response list(ApiRequest request) {
    Pagination.PageQuery query = Pagination.parse(request.queryParameters(), store.lastSeq());
    WebhookStore.Slice slice = store.list(query.afterSeq(), query.limit(), query.status());
    String next =
        slice.lastSeq().isPresent() ? Pagination.cursorAfter(slice.lastSeq().getAsLong()) : null;
    return Response.json(200, new WebhookPage(slice.webhooks(), next));
  }

  /** {@code POST /v2/webhooks}: 201 and the webhook with its secret. */
  Response create(ApiRequest request) {
    WebhookDraft draft =
        WebhookValidator.validateCreate(RequestBodies.object(request.body()), unknownFields);
    Webhook created =
        store
            .create(draft)
            .orElseThrow(() -> ApiException.invalidRequest(Contract.MAX_WEBHOOKS_MESSAGE));
    return Response.json(201, created);
  }

  /** {@code GET /v2/webhooks/{id}}. */
  Response get(ApiRequest request, String id) {
    checkId(id);
    return Response.json(200, store.get(id).orElseThrow(() -> notFound(id)));
  }

  /** {@code PATCH /v2/webhooks/{id}}. */
  Response update(ApiRequest request, String id) {
    checkId(id);
    WebhookPatch patch =
        WebhookValidator.validateUpdate(RequestBodies.object(request.body()), unknownFields);
    return Response.json(200, store.update(id, patch).orElseThrow(() -> notFound(id)));
  }

  /** {@code DELETE /v2/webhooks/{id}}: 200 and a JSON body, not 204. */
  Response delete(ApiRequest request, String id) {
    checkId(id);
    Webhook deleted = store.delete(id).orElseThrow(() -> notFound(id));
    return Response.json(200, new DeletedWebhook(deleted.id(), true));
  }

  /** {@code POST /v2/webhooks/{id}/secret}: a new secret; the old one stops working at once. */
  Response rotateSecret(ApiRequest request, String id) {
    checkId(id);
    RequestBodies.requireNoParameters(request.body());
    return Response.json(200, store.rotateSecret(id).orElseThrow(() -> notFound(id)));
  }

  private static void checkId(String id) {
    if (!WebhookId.isValid(id)) {
      throw ApiException.badRequest(
          "invalid_id", "Invalid webhook id: expected 24 lowercase hex characters", "id");
    }
  }

  private static ApiException notFound(String id) {
    return ApiException.notFound("webhook_not_found", "No webhook with id " + id);
  }
}
