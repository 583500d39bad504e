package io.github.fbhooks.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListPaginationTest extends EmulatorTestBase {

  private List<String> createTen() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(api.create("w" + i).get("id").asText());
    }
    return ids;
  }

  @Test
  void emptyListIsAListObjectWithNullCursor() throws Exception {
    Reply r = api.get("/v2/webhooks");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("object").asText()).isEqualTo("list");
    assertThat(r.json().get("data")).isEmpty();
    assertThat(r.json().has("nextCursor")).isTrue();
    assertThat(r.json().get("nextCursor").isNull()).isTrue();
    assertThat(r.json().fieldNames()).toIterable().containsExactly("object", "data", "nextCursor");
  }

  @Test
  void pagesOfThreeWalkAllTenInCreationOrder() throws Exception {
    List<String> ids = createTen();
    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    do {
      String query = "?limit=3" + (cursor == null ? "" : "&cursor=" + enc(cursor));
      JsonNode page = api.get("/v2/webhooks" + query).json();
      sizes.add(page.get("data").size());
      page.get("data").forEach(w -> seen.add(w.get("id").asText()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null && sizes.size() < 10);

    assertThat(sizes).containsExactly(3, 3, 3, 1);
    assertThat(seen).isEqualTo(ids);
  }

  @Test
  void listedWebhooksCarryTheirSecrets() throws Exception {
    JsonNode created = api.create("s");

    JsonNode listed = api.get("/v2/webhooks").json().get("data").get(0);

    assertThat(listed).isEqualTo(created);
  }

  @Test
  void aFullLastPageHasANullCursor() throws Exception {
    for (int i = 0; i < 6; i++) {
      api.create("w" + i);
    }

    JsonNode first = api.get("/v2/webhooks?limit=3").json();
    JsonNode second =
        api.get("/v2/webhooks?limit=3&cursor=" + enc(first.get("nextCursor").asText())).json();

    assertThat(second.get("data")).hasSize(3);
    assertThat(second.get("nextCursor").isNull()).isTrue();
  }

  @Test
  void defaultLimitIsTen() throws Exception {
    createTen();

    JsonNode page = api.get("/v2/webhooks").json();

    assertThat(page.get("data")).hasSize(10);
    assertThat(page.get("nextCursor").isNull()).isTrue();
    assertThat(api.get("/v2/webhooks?limit=9").json().get("nextCursor").isNull()).isFalse();
  }

  @Test
  void cursorsStayValidWhenWebhooksAreDeleted() throws Exception {
    List<String> ids = createTen();
    JsonNode first = api.get("/v2/webhooks?limit=3").json();
    api.delete("/v2/webhooks/" + ids.get(2));
    api.delete("/v2/webhooks/" + ids.get(3));

    JsonNode second =
        api.get("/v2/webhooks?limit=3&cursor=" + enc(first.get("nextCursor").asText())).json();

    assertThat(second.get("data").findValuesAsText("id"))
        .containsExactly(ids.get(4), ids.get(5), ids.get(6));
  }

  @Test
  void statusFiltersTheList() throws Exception {
    List<String> ids = createTen();
    for (int i : new int[] {1, 4, 8}) {
      api.patch("/v2/webhooks/" + ids.get(i), "{\"status\":\"paused\"}");
    }

    JsonNode paused = api.get("/v2/webhooks?status=paused&limit=2").json();
    JsonNode rest =
        api.get(
                "/v2/webhooks?status=paused&limit=2&cursor="
                    + enc(paused.get("nextCursor").asText()))
            .json();

    assertThat(paused.get("data").findValuesAsText("id")).containsExactly(ids.get(1), ids.get(4));
    assertThat(rest.get("data").findValuesAsText("id")).containsExactly(ids.get(8));
    assertThat(rest.get("nextCursor").isNull()).isTrue();
    assertThat(api.get("/v2/webhooks?status=active").json().get("data")).hasSize(7);
    assertThat(api.get("/v2/webhooks?status=suspended").json().get("data")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-1", "abc", "", "3.5", "99999999999"})
  void badLimitIsInvalidParameter(String limit) throws Exception {
    Reply r = api.get("/v2/webhooks?limit=" + enc(limit));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(r.error().get("code").asText()).isEqualTo("invalid_parameter");
    assertThat(r.error().get("param").asText()).isEqualTo("limit");
  }

  @Test
  void limitOneHundredIsAccepted() throws Exception {
    assertThat(api.get("/v2/webhooks?limit=100").status()).isEqualTo(200);
    assertThat(api.get("/v2/webhooks?limit=1").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "Zm9v", "", "!!!"})
  void badCursorIsInvalidCursor(String cursor) throws Exception {
    api.create("one");

    Reply r = api.get("/v2/webhooks?cursor=" + enc(cursor));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).isEqualTo("invalid_cursor");
    assertThat(r.error().get("param").asText()).isEqualTo("cursor");
  }

  @Test
  void aCursorOver512CharactersIsInvalid() throws Exception {
    api.create("one");

    Reply r = api.get("/v2/webhooks?cursor=" + "A".repeat(513));
    Reply atLimit = api.get("/v2/webhooks?cursor=" + "A".repeat(512));

    // reference §2: a cursor is opaque and at most 512 characters
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("code").asText()).isEqualTo("invalid_cursor");
    assertThat(r.error().get("param").asText()).isEqualTo("cursor");
    assertThat(r.error().get("message").asText())
        .startsWith("cursor is 513 characters long; a cursor is at most 512");
    assertThat(atLimit.error().get("code").asText()).isEqualTo("invalid_cursor");
    assertThat(atLimit.error().get("message").asText()).doesNotContain("512");
  }

  @Test
  void aForgedCursorBeyondAnyWebhookIsInvalid() throws Exception {
    api.create("one");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("c1:999".getBytes(StandardCharsets.US_ASCII));

    assertThat(api.get("/v2/webhooks?cursor=" + forged).error().get("code").asText())
        .isEqualTo("invalid_cursor");
  }

  @Test
  void badStatusFilterAndUnknownParametersAreRefused() throws Exception {
    Reply status = api.get("/v2/webhooks?status=deleted");
    assertThat(status.error().get("code").asText()).isEqualTo("invalid_parameter");
    assertThat(status.error().get("param").asText()).isEqualTo("status");

    Reply unknown = api.get("/v2/webhooks?sort=name");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error().get("code").asText()).isEqualTo("parameter_not_supported");
    assertThat(unknown.error().get("param").asText()).isEqualTo("sort");

    Reply twice = api.get("/v2/webhooks?limit=2&limit=3");
    assertThat(twice.error().get("param").asText()).isEqualTo("limit");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
