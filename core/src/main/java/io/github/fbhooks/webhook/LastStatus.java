package io.github.fbhooks.webhook;

import java.time.Instant;

/**
 * The outcome of the most recent delivery attempt. Server-owned: never diffed.
 *
 * @param code the HTTP status the receiver answered, or null when none (timeout, refused)
 * @param message a short description of the outcome
 * @param timestamp when the attempt was made
 */
public record LastStatus(Integer code, String message, Instant timestamp) {}
