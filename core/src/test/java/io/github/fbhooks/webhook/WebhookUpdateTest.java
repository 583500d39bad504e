package io.github.fbhooks.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fbhooks.json.JsonMappers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookUpdateTest {

  @Test
  void sendsOnlyTheFieldsSetAndNullToClear() throws Exception {
    WebhookUpdate update =
        WebhookUpdate.builder()
            .name("New name")
            .clearDescription()
            .topics(List.of("post.created"))
            .status(WebhookStatus.PAUSED)
            .build();

    assertThat(JsonMappers.wire().writeValueAsString(update))
        .isEqualTo(
            "{\"name\":\"New name\",\"description\":null,\"topics\":[\"post.created\"],"
                + "\"status\":\"paused\"}");
  }

  @Test
  void sendsTheCompleteHeaderMap() throws Exception {
    WebhookUpdate update =
        WebhookUpdate.builder()
            .requestConfig(new RequestConfig(null, Map.of("B", "2", "A", "1")))
            .build();

    assertThat(JsonMappers.wire().writeValueAsString(update))
        .isEqualTo("{\"requestConfig\":{\"headers\":{\"A\":\"1\",\"B\":\"2\"}}}");
    assertThat(update.toString()).isEqualTo("WebhookUpdate[requestConfig]");
  }

  @Test
  void neverSendsANullTheSchemaLacks() {
    // only description may be null (reference §2); requestConfig never (§3)
    assertThatThrownBy(() -> WebhookUpdate.builder().requestConfig(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("new RequestConfig(null, Map.of())");
    assertThatThrownBy(() -> WebhookUpdate.builder().name(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WebhookUpdate.builder().url(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void refusesSuspended() {
    assertThatThrownBy(() -> WebhookUpdate.builder().status(WebhookStatus.SUSPENDED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
