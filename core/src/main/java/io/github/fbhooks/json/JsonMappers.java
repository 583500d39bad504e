package io.github.fbhooks.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one place that configures Jackson for fbhooks: the API client, the config loader and the
 * emulator all start from these mappers, so dates, unknown fields and enums behave alike.
 *
 * <p>Mappers are thread-safe once configured; callers that need other settings derive a reader or
 * writer ({@code mapper.readerFor(...).with(...)}) instead of reconfiguring the shared instance.
 */
public final class JsonMappers {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          // newer API versions add response fields without notice
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .build())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private JsonMappers() {}

  /** {@return the shared JSON mapper: ISO-8601 dates, unknown properties ignored} */
  public static ObjectMapper json() {
    return JSON;
  }

  /** {@return the shared YAML mapper} */
  public static YAMLMapper yaml() {
    return YAML;
  }
}
