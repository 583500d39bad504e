package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends EmulatorTestBase {

  @Test
  void eightClientsMakingFiftyRequestsEachSeeAConsistentWorkspace() throws Exception {
    int threads = 8;
    int requestsPerThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Callable<List<Integer>> client =
          () -> {
            go.await();
            List<Integer> statuses = new ArrayList<>();
            JsonNode mine = api.create("t" + thread);
            statuses.add(201);
            String path = "/v2/webhooks/" + mine.get("id").asText();
            for (int i = 1; i < requestsPerThread; i++) {
              Reply r;
              switch (i % 4) {
                case 0:
                  r = api.patch(path, Json.of("{'name':'t%d-%d'}", thread, i));
                  break;
                case 1:
                  r = api.get(path);
                  break;
                case 2:
                  r = api.get("/v2/webhooks?limit=3");
                  break;
                default:
                  r = api.post(path + "/secret", null);
              }
              statuses.add(r.status());
            }
            return statuses;
          };
      results.add(pool.submit(client));
    }
    go.countDown();
    List<Integer> all = new ArrayList<>();
    for (Future<List<Integer>> f : results) {
      all.addAll(f.get());
    }
    pool.shutdown();

    assertThat(all).hasSize(threads * requestsPerThread).allMatch(s -> s == 200 || s == 201);
    JsonNode data = api.get("/v2/webhooks").json().get("data");
    assertThat(data).hasSize(threads);
    List<String> names = data.findValuesAsText("name");
    for (int t = 0; t < threads; t++) {
      assertThat(names).contains("t" + t + "-48");
    }
    JsonNode log = api.admin("GET", "/__emulator/requests", null).json().get("requests");
    assertThat(log).hasSize(threads * requestsPerThread + 1);
  }

  @Test
  void racingCreatesNeverPassTheCap() throws Exception {
    int clients = 16;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int n = i;
      results.add(
          pool.submit(
              () -> {
                go.await();
                return api.post(
                        "/v2/webhooks",
                        Json.of(
                            "{'name':'r%d','url':'https://e.com','topics':['post.created']}", n))
                    .status();
              }));
    }
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : results) {
      statuses.add(f.get());
    }
    pool.shutdown();

    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(10);
    assertThat(statuses.stream().filter(s -> s == 400)).hasSize(6);
    assertThat(api.get("/v2/webhooks?limit=100").json().get("data")).hasSize(10);
  }
}
