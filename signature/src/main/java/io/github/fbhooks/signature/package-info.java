/**
 * Featurebase webhook signatures for receivers: {@link
 * io.github.fbhooks.signature.WebhookSignatures#sign} and a fast, rotation-aware {@link
 * io.github.fbhooks.signature.WebhookVerifier} that works with any HTTP framework. No secret or
 * expected signature ever appears in a result, a message or a {@code toString()}.
 */
package io.github.fbhooks.signature;
