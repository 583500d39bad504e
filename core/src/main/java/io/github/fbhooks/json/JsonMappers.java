package io.github.fbhooks.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place that configures Jackson for fbhooks: the Featurebase wire format ({@link #wire()},
 * read and written by the API client and the emulator alike), and the files fbhooks reads and
 * writes (config, plans, imports, journals).
 *
 * <p>Mappers are thread-safe once configured; callers that need other settings derive a reader or
 * writer ({@code mapper.readerFor(...).with(...)}) instead of reconfiguring the shared instance.
 */
public final class JsonMappers {

  /**
   * The attribute that makes a writer of these mappers write secrets in clear ({@code
   * JsonMappers.wire().writer().withAttribute(JsonMappers.REVEAL_SECRETS, true)}): for a server
   * that answers as Featurebase does, with real secrets (the emulator), and nothing else. Without
   * it a {@link io.github.fbhooks.secret.Secret} is written as {@code [redacted]}.
   */
  public static final String REVEAL_SECRETS = "io.github.fbhooks.json.revealSecrets";

  /** The deepest nesting a human-written YAML file may have. */
  public static final int MAX_YAML_NESTING = 32;

  /** The most characters a human-written YAML file may have (1 MiB of ASCII). */
  public static final int MAX_YAML_CODE_POINTS = 1 << 20;

  // Each mapper is built on first use (holder classes): a goal that never reads YAML never pays
  // for a YAML mapper, which shortens the start-up of every Maven goal.
  private static final class Wire {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .addModule(new SecretModule())
            .addModule(
                new SimpleModule("featurebase-wire")
                    // ISO-8601 text (any offset) or epoch seconds, with or without a fraction
                    .addDeserializer(Instant.class, InstantDeserializer.INSTANT)
                    .addSerializer(Instant.class, new InstantMillisSerializer()))
            // newer API versions add response fields without notice
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // and values: an unknown status reads as the enum's @JsonEnumDefaultValue (UNKNOWN)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            // write characters beyond U+FFFF (emoji) as UTF-8, not as two 3-byte surrogates
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
  }

  private static final class Yaml {
    static final YAMLMapper MAPPER =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new SecretModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
  }

  private static final class HardenedYaml {
    static final YAMLMapper MAPPER =
        YAMLMapper.builder(
                YAMLFactory.builder()
                    .loaderOptions(hardenedLoaderOptions())
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_YAML_NESTING * 2)
                            .maxStringLength(MAX_YAML_CODE_POINTS)
                            .maxNumberLength(100)
                            .build())
                    .build())
            .addModule(new SecretModule())
            .build();
  }

  private JsonMappers() {}

  private static LoaderOptions hardenedLoaderOptions() {
    LoaderOptions options = new LoaderOptions();
    // billion laughs: Jackson reports aliases without expanding them, and the config reader
    // refuses them; these limits also hold should anything compose the document
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    // duplicate keys stay allowed here: the config reader reports every one with its location
    options.setNestingDepthLimit(MAX_YAML_NESTING);
    options.setCodePointLimit(MAX_YAML_CODE_POINTS);
    return options;
  }

  /**
   * {@return the mapper of the Featurebase wire format: the records of {@code
   * io.github.fbhooks.webhook} as the API sends and takes them}
   *
   * <p>Reading is lenient, as a client of an API that grows must be: unknown fields are ignored, an
   * unknown enum value reads as the enum's {@code @JsonEnumDefaultValue}, scalars are coerced as
   * databind does by default (a number where text is expected reads as its text, {@code "5000"} as
   * 5000, {@code 87.9} as the integer 87), and timestamps are ISO-8601 text or epoch seconds.
   * Instants are written as Featurebase writes them, like JavaScript's {@code toISOString()}: UTC,
   * always with milliseconds. Jackson's default read constraints (nesting, string and number
   * lengths) apply. Callers that need stricter reading (the emulator's request bodies) derive a
   * reader.
   */
  public static ObjectMapper wire() {
    return Wire.MAPPER;
  }

  /**
   * {@return the JSON mapper of fbhooks' own files (plan files, journals, secret outputs, the
   * schema): the {@linkplain #wire() wire mapper} itself, since these are read and written as trees
   * and need no other configuration, so that a goal that calls the API and writes a file builds one
   * JSON mapper, not two}
   */
  public static ObjectMapper json() {
    return Wire.MAPPER;
  }

  /** {@return the shared YAML mapper} */
  public static YAMLMapper yaml() {
    return Yaml.MAPPER;
  }

  /**
   * {@return the YAML mapper for untrusted, human-written files such as {@code webhooks.yaml}: like
   * {@link #yaml()}, with SnakeYAML and Jackson limits against alias bombs, deep nesting and huge
   * documents}
   */
  public static YAMLMapper hardenedYaml() {
    return HardenedYaml.MAPPER;
  }

  /** Writes instants like JavaScript's {@code toISOString()}: always milliseconds, always Z. */
  static final class InstantMillisSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter ISO_MILLIS =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    InstantMillisSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(ISO_MILLIS.format(value));
    }
  }
}
