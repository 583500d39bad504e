package io.github.fbhooks.webhook;

import java.time.Instant;

/**
 * Delivery health that Featurebase keeps per webhook. Server-owned: never diffed.
 *
 * @param avgResponseTime average response time of the receiver in milliseconds
 * @param lastResponseTime the last response time in milliseconds
 * @param consecutiveFailures failures in a row since the last success
 * @param errorsSinceLastSuccess errors since the last success
 * @param lastSuccessAt when a delivery last succeeded, or null
 */
public record Health(
    Long avgResponseTime,
    Long lastResponseTime,
    Integer consecutiveFailures,
    Integer errorsSinceLastSuccess,
    Instant lastSuccessAt) {}
