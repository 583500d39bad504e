package io.github.fbhooks.plan;

import static io.github.fbhooks.plan.Fixtures.desired;
import static io.github.fbhooks.plan.Fixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fbhooks.words.Words;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftCheckTest {

  @Test
  void passesWithoutChangesAndFailsWithThemNamingTheFix() {
    WorkspacePlan nothing =
        new Planner().plan(workspace(false), "u", List.of(), NameFilter.ALL, new ArrayList<>());
    WorkspacePlan create =
        new Planner()
            .plan(
                workspace(false, desired("Orders")),
                "u",
                List.of(),
                NameFilter.ALL,
                new ArrayList<>());

    assertThat(DriftCheck.failure(new Plan(Instant.EPOCH, List.of(nothing), List.of()))).isEmpty();
    assertThat(
            DriftCheck.failure(new Plan(Instant.EPOCH, List.of(create), List.of()))
                .map(Words::neutral))
        .contains(
            "The live webhooks drifted from the configuration: Plan: 1 to create, 0 to update, 0 to"
                + " delete. Run 'apply' to reconcile, or update the configuration;"
                + " failOnChanges=false only reports.");
  }

  @Test
  void aPatternThatMatchesNothingFailsEvenWithoutChanges() {
    WorkspacePlan nothing =
        new Planner().plan(workspace(false), "u", List.of(), NameFilter.ALL, new ArrayList<>());

    assertThat(
            DriftCheck.failure(
                    new Plan(Instant.EPOCH, List.of(nothing), List.of(), List.of("include 'x*'")))
                .map(Words::neutral))
        .contains(
            "The include 'x*' pattern matches no webhook, so this drift check would pass whatever"
                + " is live. Correct the include setting / the exclude setting (names are"
                + " case-sensitive), or drop the pattern.");
  }
}
