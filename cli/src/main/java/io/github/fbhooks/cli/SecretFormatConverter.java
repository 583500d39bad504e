package io.github.fbhooks.cli;

import io.github.fbhooks.output.SecretFormat;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --secret-format}: raw, dotenv, properties or json. */
final class SecretFormatConverter implements ITypeConverter<SecretFormat> {

  @Override
  public SecretFormat convert(String value) {
    return SecretFormat.parse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "not a secret file format: use one of "
                        + Arrays.stream(SecretFormat.values())
                            .map(SecretFormat::id)
                            .collect(Collectors.joining(", "))));
  }
}
