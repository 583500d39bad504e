package io.github.fbhooks.api;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.github.fbhooks.webhook.DeletedWebhook;
import io.github.fbhooks.webhook.Webhook;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookPage;
import io.github.fbhooks.webhook.WebhookUpdate;

/**
 * The six Featurebase webhook endpoints, as a Feign contract. Build instances with {@link
 * FeaturebaseClient}; every call sends the API key, the {@code Featurebase-Version} header and a
 * {@code User-Agent} naming fbhooks.
 */
@Headers("Accept: application/json")
public interface WebhooksApi {

  /** The largest page size the list endpoint accepts. */
  int MAX_PAGE_SIZE = 100;

  /**
   * Lists one page of webhooks.
   *
   * @param limit 1..100, or null for the API default (10)
   * @param cursor the {@code nextCursor} of the previous page, or null for the first page
   * @param status active, paused or suspended to filter, or null for all
   * @return one page
   */
  @RequestLine("GET /v2/webhooks?limit={limit}&cursor={cursor}&status={status}")
  WebhookPage list(
      @Param("limit") Integer limit,
      @Param("cursor") String cursor,
      @Param("status") String status);

  /**
   * Creates a webhook. Not idempotent: never retried blindly.
   *
   * @param body the create fields
   * @return the new webhook, with its secret
   */
  @RequestLine("POST /v2/webhooks")
  @Headers("Content-Type: application/json")
  Webhook create(WebhookCreate body);

  /**
   * Reads one webhook, secret included.
   *
   * @param id the webhook id
   * @return the webhook
   */
  @RequestLine("GET /v2/webhooks/{id}")
  Webhook get(@Param("id") String id);

  /**
   * Changes the fields set in the update.
   *
   * @param id the webhook id
   * @param body the partial update
   * @return the updated webhook
   */
  @RequestLine("PATCH /v2/webhooks/{id}")
  @Headers("Content-Type: application/json")
  Webhook update(@Param("id") String id, WebhookUpdate body);

  /**
   * Deletes a webhook.
   *
   * @param id the webhook id
   * @return the deletion answer
   */
  @RequestLine("DELETE /v2/webhooks/{id}")
  DeletedWebhook delete(@Param("id") String id);

  /**
   * Replaces the signing secret. The old secret stops working at once. Not idempotent: never
   * retried blindly.
   *
   * @param id the webhook id
   * @return the webhook with its new secret
   */
  @RequestLine("POST /v2/webhooks/{id}/secret")
  Webhook refreshSecret(@Param("id") String id);
}
