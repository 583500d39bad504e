package io.github.fbhooks.cli;

import io.github.fbhooks.output.SecretFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --secret-format}: the layout of secret files. */
final class SecretFormatOption {

  @Option(
      names = "--secret-format",
      paramLabel = "<format>",
      defaultValue = "raw",
      converter = Converter.class,
      description =
          "Layout of the secret file(s): raw (the secret alone), dotenv, properties or json"
              + " (default: ${DEFAULT-VALUE}).")
  SecretFormat secretFormat;

  /** Reads the option, naming the formats there are when it is none of them. */
  static final class Converter implements ITypeConverter<SecretFormat> {

    @Override
    public SecretFormat convert(String value) {
      return SecretFormat.parse(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "not a secret file format: use one of " + SecretFormat.ids()));
    }
  }
}
