package io.github.fbhooks.cli;

import io.github.fbhooks.rotate.OverlapRotation;
import io.github.fbhooks.rotate.RotationCompletion;
import io.github.fbhooks.rotate.RotationRecord;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fbhooks complete-rotation}: the Maven plugin's {@code complete-rotation} goal. */
@Command(
    mixinStandardHelpOptions = true,
    name = "complete-rotation",
    description =
        "Complete an overlap rotation once the receiver has the new secret: delete the old"
            + " webhook (its secret stops working) and keep its twin, with the old name. An"
            + " interrupted completion finishes when run again.")
final class CompleteRotationCommand extends ApiCommand {

  @Mixin WebhookOptions webhook;

  @Override
  int execute() {
    RotationCompletion done =
        new OverlapRotation(client(), log(), journal()).complete(webhook.selector());
    record(RotationRecord.of(done, Instant.now(), context()::env));
    log().info(done.summary());
    return ExitCode.OK;
  }
}
