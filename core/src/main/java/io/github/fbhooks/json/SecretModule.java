package io.github.fbhooks.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.fbhooks.secret.Secret;
import java.io.IOException;

/**
 * How fbhooks' mappers read and write a {@link Secret}: read from a JSON string; written as {@value
 * Secret#REDACTED}, unless the writer has the attribute {@link JsonMappers#REVEAL_SECRETS}. {@code
 * Secret} itself knows nothing of Jackson (it lives in fbhooks-signature, which depends on
 * nothing), so every mapper of {@link JsonMappers} registers this module.
 */
final class SecretModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  SecretModule() {
    super("fbhooks-secret");
    addSerializer(Secret.class, new RedactingSerializer());
    addDeserializer(Secret.class, new SecretDeserializer());
  }

  private static final class RedactingSerializer extends StdSerializer<Secret> {

    private static final long serialVersionUID = 1L;

    RedactingSerializer() {
      super(Secret.class);
    }

    @Override
    public void serialize(Secret secret, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      boolean reveal = Boolean.TRUE.equals(provider.getAttribute(JsonMappers.REVEAL_SECRETS));
      gen.writeString(reveal ? secret.reveal() : Secret.REDACTED);
    }
  }

  private static final class SecretDeserializer extends StdDeserializer<Secret> {

    private static final long serialVersionUID = 1L;

    SecretDeserializer() {
      super(Secret.class);
    }

    @Override
    public Secret deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = context.readValue(parser, String.class);
      return value == null ? null : Secret.of(value);
    }
  }
}
