package io.github.fbhooks.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The reading pipeline shared by {@link ConfigLoader} and {@link ConfigFormatter}: list the files,
 * read each defensively, parse with locations, check against the schema, bind with semantic checks,
 * merge. Every problem of every file is collected before one {@link ConfigException}.
 */
final class ConfigReader {

  private ConfigReader() {}

  /**
   * What was read.
   *
   * @param paths where each document's file is
   * @param documents every file, parsed, in merge order
   * @param config the merged configuration
   */
  record Result(List<Path> paths, List<ParsedDocument> documents, WebhooksConfig config) {}

  /**
   * Reads a configuration.
   *
   * @param fileOrDirectory the file, or a directory of YAML files
   * @param baseDirectory resolves relative paths and shortens messages; null for none
   * @param environment resolves {@code ${env:NAME}}; null leaves references unresolved
   * @return the documents and the configuration
   * @throws ConfigException with every problem found
   */
  static Result read(
      Path fileOrDirectory, Path baseDirectory, Function<String, String> environment) {
    return read(fileOrDirectory, baseDirectory, environment, name -> true);
  }

  /**
   * Reads a configuration, resolving references only in some webhooks.
   *
   * @param fileOrDirectory the file, or a directory of YAML files
   * @param baseDirectory resolves relative paths and shortens messages; null for none
   * @param environment resolves {@code ${env:NAME}}; null leaves references unresolved
   * @param resolved whether references are resolved in the webhook with this name
   * @return the documents and the configuration
   * @throws ConfigException with every problem found
   */
  static Result read(
      Path fileOrDirectory,
      Path baseDirectory,
      Function<String, String> environment,
      Predicate<String> resolved) {
    List<ConfigFiles.ConfigFile> files = ConfigFiles.list(fileOrDirectory, baseDirectory);
    List<Path> sources = files.stream().map(ConfigFiles.ConfigFile::display).toList();
    Problems problems = new Problems();
    List<ParsedDocument> documents = new ArrayList<>();
    List<WorkspaceDraft> drafts = new ArrayList<>();
    for (ConfigFiles.ConfigFile file : files) {
      Optional<ParsedDocument> parsed =
          SourceText.read(file.path(), file.display(), problems)
              .flatMap(text -> YamlTreeReader.read(text, problems));
      if (parsed.isPresent()) {
        documents.add(parsed.get());
        ConfigSchema.validate(parsed.get(), problems);
        drafts.addAll(DocumentBinder.bind(parsed.get(), environment, resolved, problems));
      }
    }
    WebhooksConfig config = ConfigMerger.merge(sources, drafts, problems);
    SecretOutputNames.check(config, problems);
    problems.throwIfAny(sources);
    return new Result(files.stream().map(ConfigFiles.ConfigFile::path).toList(), documents, config);
  }

  /**
   * Reads text that is not (yet) a file, such as fmt's output, the same way.
   *
   * @param text the content
   * @param display how messages name it
   * @return the document and its configuration, without references resolved
   * @throws ConfigException with every problem found
   */
  static Result readText(String text, Path display) {
    Problems problems = new Problems();
    Optional<ParsedDocument> parsed =
        SourceText.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), display, problems)
            .flatMap(source -> YamlTreeReader.read(source, problems));
    List<WorkspaceDraft> drafts = new ArrayList<>();
    parsed.ifPresent(
        document -> {
          ConfigSchema.validate(document, problems);
          drafts.addAll(DocumentBinder.bind(document, null, name -> true, problems));
        });
    WebhooksConfig config = ConfigMerger.merge(List.of(display), drafts, problems);
    SecretOutputNames.check(config, problems);
    problems.throwIfAny(List.of(display));
    return new Result(List.of(display), parsed.map(List::of).orElse(List.of()), config);
  }
}
