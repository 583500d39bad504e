/**
 * A local emulator of the Featurebase webhooks REST API ({@code /v2/webhooks}), faithful to the
 * contract in {@code featurebase-api.md}, with an admin API under {@code /__emulator/} for tests:
 * request log, reset and fault injection.
 *
 * <p>Entry points: {@link io.github.fbhooks.emulator.Emulator} (library) and {@link
 * io.github.fbhooks.emulator.EmulatorMain} (command line). Everything else is package-private.
 */
package io.github.fbhooks.emulator;
