package io.github.fbhooks.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import io.github.fbhooks.json.JsonMappers;
import io.github.fbhooks.webhook.WebhookCreate;
import io.github.fbhooks.webhook.WebhookUpdate;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes the two request bodies, {@link WebhookCreate} and {@link WebhookUpdate}, with the wire
 * mapper ({@link JsonMappers#wire()}); the records' annotations decide what is sent: a create
 * leaves out its null fields, an update sends exactly the fields set on its builder (a null as JSON
 * {@code null}, which clears the field), a request config sends {@code timeoutMs} when set and
 * always its complete {@code headers} map.
 */
final class FeaturebaseEncoder implements Encoder {

  @Override
  public void encode(Object body, Type bodyType, RequestTemplate template) {
    if (!(body instanceof WebhookCreate || body instanceof WebhookUpdate)) {
      throw new EncodeException("fbhooks sends no request body of type " + bodyType);
    }
    try {
      template.body(JsonMappers.wire().writeValueAsBytes(body), StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      // no cause: Jackson's message may quote a value, and header values may be tokens
      throw new EncodeException("cannot write the request body as JSON");
    }
  }
}
