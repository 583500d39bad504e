package io.github.fbhooks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkspaceTasksTest {

  @Test
  void resultsComeInIndexOrder() {
    List<Integer> results = WorkspaceTasks.run(20, i -> i, 4, i -> i * i);

    assertThat(results).hasSize(20).startsWith(0, 1, 4, 9).endsWith(361);
  }

  @Test
  void runsAtMostTheBoundAtOnceAndWorkspacesOfOneKeyInTurn() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Map<Integer, AtomicInteger> perKey = new ConcurrentHashMap<>();
    AtomicInteger mostPerKey = new AtomicInteger();

    WorkspaceTasks.run(
        24,
        i -> i % 6,
        3,
        i -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          AtomicInteger sameKey = perKey.computeIfAbsent(i % 6, k -> new AtomicInteger());
          mostPerKey.accumulateAndGet(sameKey.incrementAndGet(), Math::max);
          sleep();
          sameKey.decrementAndGet();
          return running.decrementAndGet();
        });

    assertThat(most.get()).isBetween(2, 3);
    assertThat(mostPerKey.get()).isEqualTo(1);
  }

  @Test
  void theFailureOfTheLowestIndexIsThrownAfterTheOthersFinish() {
    AtomicInteger finished = new AtomicInteger();

    assertThatThrownBy(
            () ->
                WorkspaceTasks.run(
                    8,
                    i -> i,
                    4,
                    i -> {
                      if (i == 5 || i == 2) {
                        throw new IllegalStateException("workspace " + i);
                      }
                      return finished.incrementAndGet();
                    }))
        .hasMessage("workspace 2");
    assertThat(finished.get()).isEqualTo(6);
  }

  @Test
  void oneAtATimeRunsInTheCallingThread() {
    Thread caller = Thread.currentThread();

    assertThat(WorkspaceTasks.run(3, i -> i, 1, i -> Thread.currentThread() == caller))
        .containsOnly(true);
  }

  @Test
  void workspacesThatAllShareOneKeyRunInTheCallingThread() {
    Thread caller = Thread.currentThread();

    assertThat(WorkspaceTasks.run(3, i -> "one key", 4, i -> Thread.currentThread() == caller))
        .containsOnly(true);
  }

  @Test
  void workspaceThreadsAreNamedDaemonsThatNeverHoldTheBuildOpen() {
    assertThat(
            WorkspaceTasks.run(
                2,
                i -> i,
                2,
                i ->
                    Thread.currentThread().isDaemon()
                        && Thread.currentThread().getName().startsWith("fbhooks-workspace-")))
        .containsOnly(true);
  }

  @Test
  void anErrorInATaskIsThrownAsItIs() {
    assertThatThrownBy(
            () ->
                WorkspaceTasks.run(
                    2,
                    i -> i,
                    2,
                    i -> {
                      if (i == 1) {
                        throw new AssertionError("workspace 1");
                      }
                      return i;
                    }))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("workspace 1");
  }

  private static void sleep() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
